import { ConsortiumService } from './consortia/consortiumService.ts';
import { Discussion } from './consortia/discussion.ts';
import { InviteService } from './consortia/inviteService.ts';
import { MemberService } from './consortia/memberService.ts';
import { PartnerService } from './consortia/partnerService.ts';
import { SessionService } from './consortia/sessionService.ts';
import { Exporter } from './export/exportService.ts';
import { History, type HistoryOptions } from './history/historyService.ts';
import type { Services } from './http/context.ts';
import type { LiveConnections } from './rooms/membershipEvents.ts';
import type { RoomRegistry } from './rooms/roomRegistry.ts';
import type { Storage } from './storage/types.ts';

export type { Services };

/** The domain services over one storage: each kind of change has exactly one owner here. */
export function createServices(storage: Storage, registry: RoomRegistry, live: LiveConnections, history: HistoryOptions): Services {
  const members = new MemberService(storage, live);
  const versions = new History(registry, storage, history);
  return {
    consortia: new ConsortiumService(storage, members),
    partners: new PartnerService(storage),
    members,
    invites: new InviteService(storage, members),
    sessions: new SessionService(storage),
    discussion: new Discussion(registry, storage, versions),
    exporter: new Exporter(registry, storage, versions),
    history: versions,
  };
}
