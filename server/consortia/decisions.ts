import { randomBytes } from 'node:crypto';
import type * as Y from 'yjs';
import { decisionFieldKey, decisionsMap, findDecision, ownDecisionKey, readDecisions, type Decision } from '../../shared/decisions.ts';
import type { CreateDecision, UpdateDecision } from '../../shared/decisionCommands.ts';
import { roots } from '../../shared/discussion.ts';
import { canDecide } from '../../shared/roles.ts';
import type { Identity } from '../auth/tokens.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { docKey, type Storage } from '../storage/types.ts';
import { DomainError, invalidField } from './errors.ts';

/**
 * Every change to decisions goes through here, on the same path as the other discussion changes
 * (server/consortia/discussion.ts): check who may do it, then write the discussion document in one
 * transaction that is stored and relayed before the command answers. Only the fields a command
 * names are written, each under its own key, so concurrent changes to other fields are kept.
 */
export class Decisions {
  constructor(
    private readonly registry: RoomRegistry,
    private readonly storage: Storage,
  ) {}

  private key(consortiumId: string) {
    return docKey(consortiumId, 'discussion');
  }

  /** Every decision of the consortium (any member). */
  list(consortiumId: string): Promise<Decision[]> {
    return this.registry.use(this.key(consortiumId), (doc) => readDecisions(doc));
  }

  async update(actor: Identity, key: string, change: UpdateDecision): Promise<Decision> {
    requireDecider(actor);
    await this.checkOwner(actor.consortiumId, change.owner);
    return this.registry.use(
      this.key(actor.consortiumId),
      (doc) => {
        const current = findDecision(doc, key);
        if (!current) throw new DomainError('unknown-decision', 'No such decision.');
        if (change.title !== undefined && !current.own)
          throw invalidField('title', 'The wording of a checklist decision comes from the guidelines and cannot be changed.');
        checkThread(doc, current, change.thread);
        const map = decisionsMap(doc);
        for (const field of ['state', 'text', 'owner', 'due', 'thread', 'title'] as const) {
          const value = change[field];
          if (value !== undefined && map.get(decisionFieldKey(key, field)) !== value) map.set(decisionFieldKey(key, field), value);
        }
        return findDecision(doc, key)!;
      },
      { write: true },
    );
  }

  /** A decision people add to a chapter themselves, beside its checklist. */
  async add(actor: Identity, input: CreateDecision): Promise<Decision> {
    requireDecider(actor);
    await this.checkOwner(actor.consortiumId, input.owner);
    const key = ownDecisionKey(input.chapter, randomBytes(5).toString('hex'));
    return this.registry.use(
      this.key(actor.consortiumId),
      (doc) => {
        const map = decisionsMap(doc);
        map.set(decisionFieldKey(key, 'chapter'), input.chapter);
        map.set(decisionFieldKey(key, 'created'), new Date().toISOString());
        map.set(decisionFieldKey(key, 'title'), input.title);
        if (input.owner) map.set(decisionFieldKey(key, 'owner'), input.owner);
        if (input.due) map.set(decisionFieldKey(key, 'due'), input.due);
        return findDecision(doc, key)!;
      },
      { write: true },
    );
  }

  private async checkOwner(consortiumId: string, owner: string | null | undefined): Promise<void> {
    if (!owner) return;
    const record = await this.storage.consortia.get(consortiumId);
    if (!record?.partners.some((p) => p.id === owner)) throw invalidField('owner', 'No such partner institution.');
  }
}

function requireDecider(actor: Identity): void {
  if (!canDecide(actor.role)) throw new DomainError('forbidden', 'Only editors and coordinators can change decisions.');
}

/** A linked thread must exist and be about the decision's chapter. */
function checkThread(doc: Y.Doc, decision: Decision, thread: string | null | undefined): void {
  if (!thread) return;
  const meta = roots(doc).threads.get(thread);
  if (!meta) throw invalidField('thread', 'No such comment thread.');
  if (meta.chapter !== decision.chapter) throw invalidField('thread', 'Link a thread of the same chapter.');
}
