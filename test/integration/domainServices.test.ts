/**
 * The domain services without HTTP: called directly, over real SQLite storage, they make the same
 * decisions the REST API reports, and refuse with a DomainError carrying a stable code.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Identity } from '../../server/auth/tokens.ts';
import { DomainError, type DomainErrorCode } from '../../server/consortia/errors.ts';
import { LiveConnections, type MembershipChange } from '../../server/rooms/membershipEvents.ts';
import { RoomRegistry } from '../../server/rooms/roomRegistry.ts';
import { createServices, type Services } from '../../server/services.ts';
import { createSqliteStorage } from '../../server/storage/sqlite.ts';
import type { Storage } from '../../server/storage/types.ts';
import { tempDir } from '../utils/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
let storage: Storage;
let registry: RoomRegistry;
let services: Services;
let published: MembershipChange[];

function open(): void {
  storage = createSqliteStorage({ file: join(dir.path, 'jointly.db') });
  registry = new RoomRegistry(storage.documents, { unloadDelayMs: 0, compactAfterUpdates: 500, compactAfterBytes: 1 << 22, log: () => {} });
  const live = new LiveConnections();
  published = [];
  live.onPublish((change) => published.push(change));
  services = createServices(storage, registry, live, { idleMs: 60_000, log: () => {} });
}

async function close(): Promise<void> {
  await registry.closeAll();
  await storage.close();
}

beforeEach(() => {
  dir = tempDir('services');
  open();
});

afterEach(async () => {
  await close();
  dir.remove();
});

/** The code of the DomainError the call throws (fails the test if it throws anything else, or nothing). */
async function refusal(call: Promise<unknown>): Promise<DomainErrorCode> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

const identity = (userId: string, role: Identity['role'], partnerId: string, consortiumId = 'alliance'): Identity => ({
  userId,
  name: userId,
  consortiumId,
  partnerId,
  role,
});

async function newConsortium(): Promise<Identity> {
  const { member } = await services.consortia.create(
    {
      id: 'alliance',
      name: 'Green Alliance',
      programmeTitle: '',
      coordinatorName: 'Ana',
      partner: {
        name: 'North University',
        country: 'NL',
        type: 'degree-awarding',
        contactName: '',
        contactEmail: '',
        signatoryName: '',
        signatoryRole: '',
      },
    },
    'ana',
  );
  expect(member).toMatchObject({ consortiumId: 'alliance', userId: 'ana', partnerId: 'north-university', role: 'coordinator' });
  return identity('ana', 'coordinator', 'north-university');
}

const partnerInput = (name: string) => ({
  name,
  country: '',
  type: 'degree-awarding' as const,
  contactName: '',
  contactEmail: '',
  signatoryName: '',
  signatoryRole: '',
});

describe('domain services over SQLite, without HTTP', () => {
  it('creates a consortium with its seeded dossier; a second one with the same id is taken', async () => {
    await newConsortium();
    expect((await storage.documents.load('alliance/dossier')).updates.length).toBeGreaterThan(0);
    expect(
      await refusal(
        services.consortia.create(
          { id: 'alliance', name: 'Again', programmeTitle: '', coordinatorName: 'Bo', partner: partnerInput('South') },
          undefined,
        ),
      ),
    ).toBe('taken');
    expect((await storage.members.list('alliance')).map((m) => m.userId)).toEqual(['ana']);
  });

  it('provisions a first token: consortium, new partner and membership, which survive a restart', async () => {
    const claimed = identity('portal-user', 'editor', 'lab', 'provisioned');
    const member = await services.consortia.provision(claimed);
    expect(member).toMatchObject({ consortiumId: 'provisioned', userId: 'portal-user', partnerId: 'lab', role: 'editor', removedAt: null });
    await services.consortia.provision(identity('second', 'viewer', 'other-lab', 'provisioned'));
    // The same first token used twice at once (a page opens both documents): nobody's sockets are closed.
    await Promise.all([services.consortia.provision(claimed), services.consortia.provision(claimed)]);
    expect(published).toEqual([]);
    await close();
    open();
    expect((await storage.consortia.get('provisioned'))?.partners.map((p) => p.id)).toEqual(['lab', 'other-lab']);
    expect((await services.members.list(claimed, 'provisioned')).map((m) => [m.userId, m.role])).toEqual([
      ['portal-user', 'editor'],
      ['second', 'viewer'],
    ]);
  });

  it('a partner with members or open invitations is not deleted; once they are gone it is', async () => {
    const ana = await newConsortium();
    const partner = await services.partners.add(ana, 'alliance', partnerInput('South College'));
    const { invite, code } = await services.invites.create(ana, 'alliance', { role: 'editor', partnerId: partner.id, label: '' });

    expect(await refusal(services.partners.remove(ana, 'alliance', partner.id))).toBe('partner-in-use');
    await services.invites.revoke(ana, 'alliance', invite.id);
    expect(await refusal(services.invites.accept(code, 'Late', undefined))).toBe('invite-revoked');

    const second = await services.invites.create(ana, 'alliance', { role: 'editor', partnerId: partner.id, label: '', maxUses: 1 });
    const joined = await services.invites.accept(second.code, 'Bo', undefined);
    expect(joined).toMatchObject({ partnerId: partner.id, role: 'editor' });
    // The invite is used up now, so only the member holds the partner.
    expect(await refusal(services.partners.remove(ana, 'alliance', partner.id))).toBe('partner-in-use');

    await services.members.remove(ana, 'alliance', joined.userId);
    expect(published).toEqual([{ consortiumId: 'alliance', userId: joined.userId, kind: 'removed' }]);
    await services.partners.remove(ana, 'alliance', partner.id);
    expect((await storage.consortia.get('alliance'))?.partners.map((p) => p.id)).toEqual(['north-university']);
    expect(await refusal(services.partners.remove(ana, 'alliance', partner.id))).toBe('unknown-partner');
  });

  it('refuses by role and by rule with stable codes', async () => {
    const ana = await newConsortium();
    const editor = identity('ed', 'editor', 'north-university');
    await services.consortia.provision(editor);
    const outsider = identity('out', 'coordinator', 'x', 'elsewhere');

    expect(await refusal(services.partners.add(editor, 'alliance', partnerInput('Rogue')))).toBe('forbidden');
    expect(await refusal(services.members.list(outsider, 'alliance'))).toBe('forbidden');
    expect(await refusal(services.consortia.get(outsider, 'alliance'))).toBe('forbidden');
    expect(await refusal(services.members.remove(ana, 'alliance', 'ana'))).toBe('last-coordinator');
    expect(await refusal(services.members.update(ana, 'alliance', 'nobody', { role: 'viewer' }))).toBe('unknown-member');

    const unknownPartner = await services.members.update(ana, 'alliance', 'ed', { partnerId: 'nowhere' }).catch((e: unknown) => e);
    expect(unknownPartner).toMatchObject({ code: 'invalid', details: [{ path: 'partnerId', message: 'No such partner institution.' }] });

    expect(await refusal(services.discussion.signOff(editor, 'concept'))).toBe('not-in-review');
    expect(await refusal(services.discussion.updateChapter(editor, 'concept', { status: 'in-review' }))).toBe('forbidden');
    await services.discussion.updateChapter(ana, 'concept', { status: 'in-review' });
    expect((await services.discussion.signOff(editor, 'concept')).partnerId).toBe('north-university');
  });

  it('an invitation accepted by a current member changes their role, and their open sockets are told', async () => {
    const ana = await newConsortium();
    await services.consortia.provision(identity('ed', 'editor', 'north-university'));
    const { code } = await services.invites.create(ana, 'alliance', { role: 'commenter', partnerId: 'north-university', label: '' });
    const member = await services.invites.accept(code, 'ed', 'ed');
    expect(member).toMatchObject({ userId: 'ed', role: 'commenter' });
    expect(published).toEqual([{ consortiumId: 'alliance', userId: 'ed', kind: 'changed' }]);
  });

  it('exports without HTTP and records the export in the activity log', async () => {
    const ana = await newConsortium();
    const file = await services.exporter.export(ana, { format: 'md', comments: false });
    expect(file.fileName.endsWith('.md')).toBe(true);
    expect(new TextDecoder().decode(file.bytes)).toContain('Green Alliance');
    expect((await services.consortia.activity(ana, 'alliance')).map((a) => [a.userId, a.action])).toEqual([['ana', 'export']]);
  });
});
