import type * as Y from 'yjs';
import { chapterVersions } from '../../shared/chapterVersion.ts';
import type { ChapterKey } from '../../shared/chapterTypes.ts';
import { roots, signoffKey } from '../../shared/discussion.ts';
import { approvalKey, executionRoots, frozenExecution, type InstitutionalApproval } from '../../shared/execution.ts';
import type { RecordApproval } from '../../shared/executionCommands.ts';
import type { Identity } from '../auth/tokens.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { docKey, type Storage } from '../storage/types.ts';
import { DomainError } from './errors.ts';

/**
 * Institutional approvals: after a partner's academic sign-off of a chapter, a member whom the
 * coordinator allowed to approve for that partner records the decision of its body (senate, board).
 * Written to the discussion document beside the sign-offs, on the same check-then-write path.
 */
export class Approvals {
  constructor(
    private readonly registry: RoomRegistry,
    private readonly storage: Storage,
  ) {}

  async record(actor: Identity, chapter: ChapterKey, input: RecordApproval): Promise<InstitutionalApproval> {
    const record = await this.storage.consortia.get(actor.consortiumId);
    const partner = record?.partners.find((p) => p.id === input.partnerId);
    if (!partner) throw new DomainError('unknown-partner', 'No such partner institution.');
    const member = await this.storage.members.get(actor.consortiumId, actor.userId);
    if (!member || member.removedAt || member.approvesFor !== input.partnerId)
      throw new DomainError(
        'not-approver',
        `You may not record approvals for ${partner.name}. A coordinator can allow it on the People page.`,
      );
    const version = (await this.registry.use(docKey(actor.consortiumId, 'dossier'), (doc) => chapterVersions(doc))).get(chapter);
    if (!version) throw new DomainError('unknown-chapter', 'This chapter is not in the dossier.');
    return this.registry.use(
      docKey(actor.consortiumId, 'discussion'),
      (doc: Y.Doc) => {
        const signOff = roots(doc).signoffs.get(signoffKey(chapter, input.partnerId));
        if (!signOff || signOff.version !== version)
          throw new DomainError(
            'signoff-not-current',
            signOff
              ? `The text changed since ${partner.name} signed it off: ${partner.name} signs off the current text first.`
              : `${partner.name} has not signed off this chapter yet: the approval follows the sign-off.`,
          );
        const approval: InstitutionalApproval = {
          chapter,
          partnerId: input.partnerId,
          body: input.body,
          date: input.date,
          reference: input.reference,
          recordedBy: { userId: actor.userId, name: actor.name, partnerId: actor.partnerId },
          recordedAt: new Date().toISOString(),
          version,
        };
        executionRoots(doc).approvals.set(approvalKey(chapter, input.partnerId), approval);
        return approval;
      },
      { write: true },
    );
  }

  /**
   * Takes back a recorded approval (a body reversed its decision, or it was recorded by mistake). The
   * partner's approver or a coordinator may; not while an executed agreement is in force, whose
   * signed text lists the approvals as they were.
   */
  async withdraw(actor: Identity, chapter: ChapterKey, partnerId: string): Promise<InstitutionalApproval> {
    const record = await this.storage.consortia.get(actor.consortiumId);
    const partner = record?.partners.find((p) => p.id === partnerId);
    if (!partner) throw new DomainError('unknown-partner', 'No such partner institution.');
    if (actor.role !== 'coordinator') {
      const member = await this.storage.members.get(actor.consortiumId, actor.userId);
      if (!member || member.removedAt || member.approvesFor !== partnerId)
        throw new DomainError('not-approver', `You may not withdraw approvals for ${partner.name}.`);
    }
    return this.registry.use(
      docKey(actor.consortiumId, 'discussion'),
      (doc: Y.Doc) => {
        const frozen = frozenExecution(doc);
        if (frozen)
          throw new DomainError(
            'agreement-frozen',
            `Executed agreement ${frozen.number} lists this approval. The coordinator starts an amendment before approvals change.`,
          );
        const approvals = executionRoots(doc).approvals;
        const key = approvalKey(chapter, partnerId);
        const approval = approvals.get(key);
        if (!approval) throw new DomainError('unknown-approval', `${partner.name} has no approval recorded for this chapter.`);
        approvals.delete(key);
        return approval;
      },
      { write: true },
    );
  }
}
