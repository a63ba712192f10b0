import type {
  ActivityRecord,
  ConsortiumRecord,
  InviteRecord,
  MemberRecord,
  Storage,
  StoredDocument,
  VersionAuthor,
  VersionRecord,
} from './types.ts';
import { inviteVerdict } from './inviteRules.ts';
import { memoryAccountStores } from './memoryAccounts.ts';
import { memoryNotifications } from './memoryNotifications.ts';
import { memoryExecutions } from './memoryExecutions.ts';
import { memorySignInMethodStores } from './memorySignInMethods.ts';

/** In-memory adapter for unit tests and fuzzing. Same contract as the durable ones. */
export function createMemoryStorage(): Storage {
  const logs = new Map<string, { seq: number; data: Uint8Array }[]>();
  const consortia = new Map<string, ConsortiumRecord>();
  const members = new Map<string, MemberRecord>();
  const invites = new Map<string, InviteRecord>();
  const activity: ActivityRecord[] = [];
  const versions: VersionRecord[] = [];
  const pendingAuthors = new Map<string, Map<string, VersionAuthor>>();
  const versionContents = new Map<string, Uint8Array>();
  let nextSeq = 1;
  const clone = <T>(v: T): T => structuredClone(v);
  const memberKey = (c: string, u: string) => `${c}\u0000${u}`;

  const append = (key: string, update: Uint8Array) => {
    const seq = nextSeq++;
    const log = logs.get(key) ?? [];
    log.push({ seq, data: update.slice() });
    logs.set(key, log);
    return seq;
  };

  return {
    documents: {
      async load(key): Promise<StoredDocument> {
        const log = logs.get(key) ?? [];
        return {
          updates: log.map((r) => r.data.slice()),
          lastSeq: log.at(-1)?.seq ?? 0,
          seqs: log.map((r) => r.seq),
          bytes: log.reduce((n, r) => n + r.data.byteLength, 0),
        };
      },
      async append(key, update) {
        return append(key, update);
      },
      async compact(key, snapshot, throughSeq, covered) {
        const log = logs.get(key) ?? [];
        const kept = log.filter((r) => r.seq > throughSeq || (covered !== undefined && !covered.includes(r.seq)));
        logs.set(
          key,
          [{ seq: throughSeq, data: snapshot.slice() }, ...kept].sort((a, b) => a.seq - b.seq),
        );
      },
    },
    versions: {
      async add(version, contents, after) {
        if (after !== undefined && (versions.findLast((r) => r.consortiumId === version.consortiumId)?.id ?? null) !== after) return false;
        for (const [hash, data] of contents)
          if (!versionContents.has(memberKey(version.consortiumId, hash)))
            versionContents.set(memberKey(version.consortiumId, hash), data.slice());
        versions.push(clone(version));
        return true;
      },
      async list(c) {
        return versions.filter((v) => v.consortiumId === c).map(clone);
      },
      async latest(c) {
        const v = versions.findLast((r) => r.consortiumId === c);
        return v && clone(v);
      },
      async get(c, id) {
        const v = versions.find((r) => r.consortiumId === c && r.id === id);
        return v && clone(v);
      },
      async contents(c, hashes) {
        const found = new Map<string, Uint8Array>();
        for (const hash of hashes) {
          const data = versionContents.get(memberKey(c, hash));
          if (data) found.set(hash, data.slice());
        }
        return found;
      },
      async noteAuthor(c, author) {
        const noted = pendingAuthors.get(c) ?? new Map<string, VersionAuthor>();
        if (!noted.has(author.userId)) noted.set(author.userId, clone(author));
        pendingAuthors.set(c, noted);
      },
      async pendingAuthors(c) {
        return [...(pendingAuthors.get(c)?.values() ?? [])].map(clone);
      },
      async settleAuthors(c, userIds) {
        for (const id of userIds) pendingAuthors.get(c)?.delete(id);
      },
    },
    consortia: {
      async get(id) {
        const r = consortia.get(id);
        return r && clone(r);
      },
      async create(record, initial) {
        if (consortia.has(record.id)) return false;
        consortia.set(record.id, clone(record));
        for (const [name, update] of Object.entries(initial)) append(`${record.id}/${name}`, update);
        return true;
      },
      async mutate(id, change) {
        const current = consortia.get(id);
        if (!current) return undefined;
        const next = change(clone(current));
        consortia.set(id, clone(next));
        return clone(next);
      },
      async list() {
        return [...consortia.values()].map(clone);
      },
    },
    members: {
      async get(c, u) {
        const m = members.get(memberKey(c, u));
        return m && clone(m);
      },
      async list(c) {
        return [...members.values()].filter((m) => m.consortiumId === c && !m.removedAt).map(clone);
      },
      async listForUser(u) {
        return [...members.values()].filter((m) => m.userId === u && !m.removedAt).map(clone);
      },
      async put(member) {
        members.set(memberKey(member.consortiumId, member.userId), clone(member));
      },
    },
    invites: {
      async create(invite) {
        invites.set(invite.codeHash, clone(invite));
      },
      async findByHash(hash) {
        const i = invites.get(hash);
        return i && clone(i);
      },
      async list(c) {
        return [...invites.values()].filter((i) => i.consortiumId === c).map(clone);
      },
      async revoke(c, id, at) {
        const invite = [...invites.values()].find((i) => i.consortiumId === c && i.id === id);
        if (!invite) return undefined;
        invite.revokedAt ??= at;
        return clone(invite);
      },
      async use(hash, now) {
        const invite = invites.get(hash);
        const verdict = inviteVerdict(invite, now);
        if (verdict) return { ok: false, reason: verdict };
        invite!.uses++;
        return { ok: true, invite: clone(invite!) };
      },
    },
    activity: {
      async append(entry) {
        activity.push(clone(entry));
      },
      async list(c, limit) {
        return activity
          .filter((a) => a.consortiumId === c)
          .reverse()
          .slice(0, limit)
          .map(clone);
      },
      async reassign(c, from, to) {
        const mine = activity.filter((a) => a.consortiumId === c && a.userId === from);
        for (const a of mine) Object.assign(a, { userId: to.userId, name: to.name });
        return mine.length;
      },
    },
    async ping() {},
    ...memoryAccountStores(),
    notifications: memoryNotifications(),
    executions: memoryExecutions(),
    ...memorySignInMethodStores(),
    async close() {},
  };
}
