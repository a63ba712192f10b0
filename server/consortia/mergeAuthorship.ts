import type * as Y from 'yjs';
import { readKey, roots, type Person } from '../../shared/discussion.ts';

/** Who a merged duplicate becomes: the kept member's user id and name. */
export interface MergeTarget {
  userId: string;
  name: string;
}

/** How many values of the discussion document a merge rewrote, by kind (for the activity log and tests). */
export interface MergeCounts {
  threads: number;
  messages: number;
  resolutions: number;
  signOffs: number;
}

/**
 * Rewrites everything `fromUserId` authored in the discussion document so that it belongs to
 * `into`: thread openers, message authors and mentions, resolutions, sign-offs and read marks.
 * Call inside one transaction (RoomRegistry.use with write), so every open page receives the whole
 * merge as one change. A person keeps the partner they spoke for at the time (a sign-off stays the
 * sign-off of the partner it was given for); only who they are changes.
 */
export function mergeAuthorship(doc: Y.Doc, fromUserId: string, into: MergeTarget): MergeCounts {
  const r = roots(doc);
  const counts: MergeCounts = { threads: 0, messages: 0, resolutions: 0, signOffs: 0 };
  const moved = (p: Person): Person => ({ ...p, userId: into.userId, name: into.name });

  for (const [id, meta] of [...r.threads.entries()]) {
    if (meta.createdBy.userId !== fromUserId) continue;
    r.threads.set(id, { ...meta, createdBy: moved(meta.createdBy) });
    counts.threads++;
  }
  for (const [key, m] of [...r.messages.entries()]) {
    const authored = m.author.userId === fromUserId;
    const mentioned = m.mentions.includes(fromUserId);
    if (!authored && !mentioned) continue;
    const mentions = mentioned ? [...new Set(m.mentions.map((u) => (u === fromUserId ? into.userId : u)))] : m.mentions;
    r.messages.set(key, { ...m, author: authored ? moved(m.author) : m.author, mentions });
    if (authored) counts.messages++;
  }
  for (const [id, status] of [...r.threadStatus.entries()]) {
    if (status.by.userId !== fromUserId) continue;
    r.threadStatus.set(id, { ...status, by: moved(status.by) });
    counts.resolutions++;
  }
  for (const [key, s] of [...r.signoffs.entries()]) {
    if (s.by.userId !== fromUserId) continue;
    r.signoffs.set(key, { ...s, by: moved(s.by) });
    counts.signOffs++;
  }
  // Read marks: the kept person has read as far as either of the two had.
  const prefix = `${fromUserId}/`;
  for (const [key, seen] of [...r.reads.entries()]) {
    if (!key.startsWith(prefix)) continue;
    const threadId = key.slice(prefix.length);
    const target = readKey(into.userId, threadId);
    if ((r.reads.get(target) ?? 0) < seen) r.reads.set(target, seen);
    r.reads.delete(key);
  }
  return counts;
}
