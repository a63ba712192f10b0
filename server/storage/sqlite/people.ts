import type Database from 'better-sqlite3';
import type { ActivityRecord, ActivityStore, InviteRecord, InviteStore, MemberRecord, MemberStore } from '../types.ts';
import { inviteVerdict } from '../inviteRules.ts';

export const PEOPLE_SCHEMA = `
CREATE TABLE IF NOT EXISTS members (
  consortium_id TEXT NOT NULL,
  user_id       TEXT NOT NULL,
  record        TEXT NOT NULL,
  removed       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (consortium_id, user_id)
);
CREATE INDEX IF NOT EXISTS members_user ON members (user_id);
CREATE TABLE IF NOT EXISTS invites (
  code_hash     TEXT PRIMARY KEY,
  consortium_id TEXT NOT NULL,
  id            TEXT NOT NULL,
  record        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS invites_consortium ON invites (consortium_id, id);
CREATE TABLE IF NOT EXISTS activity (
  id            INTEGER PRIMARY KEY,
  consortium_id TEXT NOT NULL,
  record        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS activity_consortium ON activity (consortium_id, id);
`;

export function sqliteActivity(db: Database.Database): ActivityStore {
  const insert = db.prepare<[string, string]>('INSERT INTO activity (consortium_id, record) VALUES (?, ?)');
  const list = db.prepare<[string, number], { record: string }>(
    'SELECT record FROM activity WHERE consortium_id = ? ORDER BY id DESC LIMIT ?',
  );
  const reassign = db.prepare<[string, string, string, string]>(
    `UPDATE activity SET record = json_set(record, '$.userId', ?, '$.name', ?)
      WHERE consortium_id = ? AND json_extract(record, '$.userId') = ?`,
  );
  return {
    async append(entry) {
      insert.run(entry.consortiumId, JSON.stringify(entry));
    },
    async list(c, limit) {
      return list.all(c, limit).map((r) => JSON.parse(r.record) as ActivityRecord);
    },
    async reassign(c, from, to) {
      return reassign.run(to.userId, to.name, c, from).changes;
    },
  };
}

export function sqliteMembers(db: Database.Database): MemberStore {
  const get = db.prepare<[string, string], { record: string }>('SELECT record FROM members WHERE consortium_id = ? AND user_id = ?');
  const list = db.prepare<[string], { record: string }>('SELECT record FROM members WHERE consortium_id = ? AND removed = 0');
  const forUser = db.prepare<[string], { record: string }>('SELECT record FROM members WHERE user_id = ? AND removed = 0');
  const put = db.prepare<[string, string, string, number]>(
    'INSERT OR REPLACE INTO members (consortium_id, user_id, record, removed) VALUES (?, ?, ?, ?)',
  );
  const parse = (r: { record: string }) => JSON.parse(r.record) as MemberRecord;
  return {
    async get(c, u) {
      const row = get.get(c, u);
      return row && parse(row);
    },
    async list(c) {
      return list
        .all(c)
        .map(parse)
        .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
    },
    async listForUser(u) {
      return forUser.all(u).map(parse);
    },
    async put(m) {
      put.run(m.consortiumId, m.userId, JSON.stringify(m), m.removedAt ? 1 : 0);
    },
  };
}

export function sqliteInvites(db: Database.Database): InviteStore {
  const byHash = db.prepare<[string], { record: string }>('SELECT record FROM invites WHERE code_hash = ?');
  const byId = db.prepare<[string, string], { record: string }>('SELECT record FROM invites WHERE consortium_id = ? AND id = ?');
  const list = db.prepare<[string], { record: string }>('SELECT record FROM invites WHERE consortium_id = ?');
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO invites (code_hash, consortium_id, id, record) VALUES (?, ?, ?, ?)',
  );
  const update = db.prepare<[string, string]>('UPDATE invites SET record = ? WHERE code_hash = ?');
  const parse = (r: { record: string }) => JSON.parse(r.record) as InviteRecord;
  const revokeTx = db.transaction((c: string, id: string, at: string) => {
    const row = byId.get(c, id);
    if (!row) return undefined;
    const invite = parse(row);
    invite.revokedAt ??= at;
    update.run(JSON.stringify(invite), invite.codeHash);
    return invite;
  });
  const useTx = db.transaction((hash: string, now: Date) => {
    const row = byHash.get(hash);
    const invite = row && parse(row);
    const verdict = inviteVerdict(invite, now);
    if (verdict) return { ok: false as const, reason: verdict };
    invite!.uses++;
    update.run(JSON.stringify(invite), hash);
    return { ok: true as const, invite: invite! };
  });
  return {
    async create(i) {
      insert.run(i.codeHash, i.consortiumId, i.id, JSON.stringify(i));
    },
    async findByHash(hash) {
      const row = byHash.get(hash);
      return row && parse(row);
    },
    async list(c) {
      return list
        .all(c)
        .map(parse)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async revoke(c, id, at) {
      return revokeTx(c, id, at);
    },
    async use(hash, now) {
      return useTx(hash, now);
    },
  };
}
