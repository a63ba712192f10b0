/**
 * E-mail notifications against a real SMTP server on 127.0.0.1: mentions, replies to people who
 * took part in a thread, sign-off requests when a chapter goes into review and due-date reminders;
 * each person chooses immediately, a daily digest or none; the person who caused an event is never
 * mailed; the outbox survives a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { mailText, startSmtpCapture, type SmtpCapture } from '../utils/smtpCapture.ts';
import { crew, freshConsortiumId, rest, type Member } from '../utils/review.ts';

let ts: TestServer;
let smtp: SmtpCapture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  ts = await startTestServer({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await ts?.stop();
  await smtp?.stop();
});

let people = 0;
/** A crew whose members have verified addresses (<userId>@uni.example) and the given choices. */
async function setUp(label: string, choices: Record<string, 'immediately' | 'daily' | 'none'> = {}) {
  const n = people++;
  const cid = freshConsortiumId(label);
  const p = await crew(ts, cid, {
    anna: { userId: `anna${n}`, name: 'Anna de Vries', partnerId: 'pa', role: 'coordinator' as Role },
    maria: { userId: `maria${n}`, name: 'Maria Garcia', partnerId: 'pb', role: 'commenter' as Role },
    quinn: { userId: `quinn${n}`, name: 'Quinn QA', partnerId: 'pc', role: 'editor' as Role },
    viktor: { userId: `viktor${n}`, name: 'Viktor Lind', partnerId: 'pc', role: 'viewer' as Role },
  });
  for (const m of Object.values(p)) {
    await ts.server.services.accounts.setEmail(m.userId, `${m.userId}@uni.example`, m.name);
    const choice = choices[m.userId.replace(/\d+$/, '')];
    if (choice) expect((await rest(ts.server.url, 'PATCH', '/api/account', m.token, { notifications: choice })).status).toBe(200);
  }
  return { cid, p };
}

const notifier = () => ts.server.services.notifications!;
const mailsTo = (m: Member) => smtp.mails.filter((x) => x.to.includes(`${m.userId}@uni.example`));

async function thread(by: Member, text: string): Promise<string> {
  const res = await by.call<{ threadId: string }>('POST', '/threads', {
    chapter: 'vision',
    anchor: { from: {}, to: {} },
    quote: 'q',
    text,
  });
  expect(res.status).toBe(201);
  return res.body.threadId;
}

describe('e-mail notifications', () => {
  it('a mention sends exactly one e-mail, with a link straight to the thread; the author gets none', async () => {
    const { cid, p } = await setUp('mention');
    const threadId = await thread(p.maria, 'Could @Quinn QA check the vision? (Also noting it for myself, @Maria Garcia.)');
    const mail = await smtp.mailTo(`${p.quinn.userId}@uni.example`);
    await notifier().deliver();
    expect(mailsTo(p.quinn)).toHaveLength(1);
    expect(mailsTo(p.maria)).toHaveLength(0);
    expect(mailsTo(p.anna)).toHaveLength(0);
    const text = mailText(mail);
    expect(text).toContain('Maria Garcia mentioned you in “Shared vision');
    expect(text).toContain('Could @Quinn QA check the vision?');
    const link = `${ts.server.url}/c/${cid}/dossier#thread-${threadId}`;
    expect(text).toContain(`Open the conversation: ${link}`);
    // The link's page is the consortium's dossier, which Quinn may open.
    const api = await rest(ts.server.url, 'GET', `/api/consortia/${cid}`, p.quinn.token);
    expect(api.status).toBe(200);
  });

  it('writes each e-mail in the recipient’s own interface language: a mention in German, a sign-in link in French', async () => {
    const { cid, p } = await setUp('mention-de');
    await ts.server.services.accounts.setLocale(p.quinn.userId, p.quinn.name, 'de');
    const threadId = await thread(p.maria, 'Could @Quinn QA check the vision?');
    const text = mailText(await smtp.mailTo(`${p.quinn.userId}@uni.example`));
    expect(text).toContain('Maria Garcia hat Sie in „Gemeinsame Vision“ erwähnt');
    expect(text).toContain('Could @Quinn QA check the vision?'); // the partner's words, as written
    expect(text).toContain(`Unterhaltung öffnen: ${ts.server.url}/c/${cid}/dossier#thread-${threadId}`);
    expect(text).not.toMatch(/mentioned you|Open the conversation|You get these e-mails/);

    await ts.server.services.accounts.setLocale(p.anna.userId, p.anna.name, 'fr');
    const link = await fetch(`${ts.server.url}/api/signin/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ts.server.url },
      body: JSON.stringify({ email: `${p.anna.userId}@uni.example` }),
    });
    expect(link.status).toBe(202);
    const signIn = mailText(await smtp.mailTo(`${p.anna.userId}@uni.example`));
    expect(signIn).toContain('Ouvrez ce lien pour vous connecter à Jointly');
    expect(signIn).not.toContain('Open this link');
  });

  it('a reply notifies the earlier participants, not the one replying nor people outside the thread', async () => {
    const { p } = await setUp('reply');
    const threadId = await thread(p.maria, 'Shall we add a paragraph on stackability?');
    expect((await p.quinn.call('POST', `/threads/${threadId}/messages`, { text: 'Yes, I will draft it.' })).status).toBe(201);
    await smtp.mailTo(`${p.maria.userId}@uni.example`);
    expect((await p.maria.call('POST', `/threads/${threadId}/messages`, { text: 'Thank you!' })).status).toBe(201);
    await smtp.mailTo(`${p.quinn.userId}@uni.example`);
    await notifier().deliver();
    expect(mailsTo(p.maria).map(mailText)).toEqual([expect.stringContaining('Quinn QA replied in a conversation on “Shared vision')]);
    expect(mailText(mailsTo(p.maria)[0]!)).toContain('Yes, I will draft it.');
    expect(mailsTo(p.quinn).map(mailText)).toEqual([expect.stringContaining('Thank you!')]);
    expect(mailsTo(p.anna)).toHaveLength(0);
  });

  it('a daily digest collects several notifications into one e-mail; "none" sends nothing', async () => {
    const { cid, p } = await setUp('digest', { anna: 'daily', quinn: 'none' });
    await thread(p.maria, '@Anna de Vries and @Quinn QA: first question.');
    await thread(p.maria, '@Anna de Vries: second question.');
    // Going into review asks every member who can sign off, except the coordinator who moved it (and the viewer).
    expect((await p.anna.call('PATCH', '/chapters/vision', { status: 'in-review' })).status).toBe(200);
    await smtp.mailTo(`${p.maria.userId}@uni.example`);
    await notifier().deliver();
    expect(mailsTo(p.anna)).toHaveLength(0);
    expect(mailsTo(p.quinn)).toHaveLength(0);
    expect(mailsTo(p.viktor)).toHaveLength(0);
    expect(mailText(mailsTo(p.maria)[0]!)).toContain('Your sign-off is requested: “Shared vision');
    expect(mailText(mailsTo(p.maria)[0]!)).toContain(`Open the chapter: ${ts.server.url}/c/${cid}/dossier#chapter-vision`);

    await notifier().runDigest();
    expect(mailsTo(p.anna)).toHaveLength(1);
    const digest = mailText(mailsTo(p.anna)[0]!);
    expect(digest).toContain('2 updates for you');
    expect(digest).toContain('“@Anna de Vries and @Quinn QA: first question.”');
    expect(digest).toContain('“@Anna de Vries: second question.”');
    expect(digest.match(/#thread-/g)).toHaveLength(2);
    expect(mailsTo(p.quinn)).toHaveLength(0);
    expect(mailsTo(p.maria)).toHaveLength(1);
    // Nothing is left to send: another digest run sends nothing more.
    await notifier().runDigest();
    expect(mailsTo(p.anna)).toHaveLength(1);
    expect(await ts.server.storage.notifications.pending(1000)).toEqual([]);
  });

  it('reminds the lead partner of chapters due within three days, once per due date', async () => {
    const { cid, p } = await setUp('due');
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    expect((await p.anna.call('PATCH', '/chapters/concept', { lead: 'pb', due: inTwoDays })).status).toBe(200);
    expect((await p.anna.call('PATCH', '/chapters/overview', { lead: 'pb', due: inTenDays })).status).toBe(200);
    await notifier().runDigest();
    await notifier().runDigest();
    const reminders = mailsTo(p.maria).map(mailText);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toContain('“The micro-credential concept” is due on');
    expect(reminders[0]).toContain(`${ts.server.url}/c/${cid}/dossier#chapter-concept`);
    expect(mailsTo(p.quinn)).toHaveLength(0);
    expect(mailsTo(p.anna)).toHaveLength(0);
  });

  it('reminds the owner partner of decisions due within three days, once per decision and date, with a link to the decision', async () => {
    const { cid, p } = await setUp('decision');
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const patch = (key: string, body: unknown) => p.anna.call('PATCH', `/decisions/${key}`, body);
    const added = await p.anna.call<{ decision: { key: string } }>('POST', '/decisions', {
      chapter: 'concept',
      title: 'Agree the pass mark',
    });
    expect(added.status).toBe(201);
    const own = added.body.decision.key;
    expect((await patch(own, { owner: 'pc', due: day(2) })).status).toBe(200);
    // Not reminded: due later, already agreed, and (owned by nobody) due yesterday.
    expect((await patch('concept-1', { owner: 'pc', due: day(10) })).status).toBe(200);
    expect((await patch('concept-2', { owner: 'pc', due: day(1), state: 'agreed' })).status).toBe(200);
    expect((await patch('vision-1', { due: day(-1) })).status).toBe(200);
    // No owner: the coordinators are reminded.
    expect((await patch('vision-2', { due: day(3) })).status).toBe(200);
    await notifier().runDigest();
    await notifier().runDigest();

    // Quinn (editor of pc) is reminded once; Viktor, pc's viewer, is not.
    const quinn = mailsTo(p.quinn).map(mailText);
    expect(quinn).toHaveLength(1);
    expect(quinn[0]).toContain('A decision on “The micro-credential concept” is due on');
    expect(quinn[0]).toContain('“Agree the pass mark”');
    expect(quinn[0]).toContain(`Open the decision: ${ts.server.url}/c/${cid}/dossier#decision-${own}`);
    expect(mailsTo(p.viktor)).toHaveLength(0);
    expect(mailsTo(p.maria)).toHaveLength(0);
    const anna = mailsTo(p.anna).map(mailText);
    expect(anna).toHaveLength(1);
    expect(anna[0]).toContain(`#decision-vision-2`);

    // A new due date is a new reminder.
    expect((await patch(own, { due: day(1) })).status).toBe(200);
    await notifier().runDigest();
    expect(mailsTo(p.quinn)).toHaveLength(2);
  });

  it('keeps queued notifications across a restart', async () => {
    const { p } = await setUp('restart', { quinn: 'daily' });
    await thread(p.maria, 'Before the restart, @Quinn QA.');
    await notifier().deliver();
    expect(mailsTo(p.quinn)).toHaveLength(0);
    await ts.restart();
    await notifier().runDigest();
    expect(mailsTo(p.quinn).map(mailText)).toEqual([expect.stringContaining('Before the restart, @Quinn QA.')]);
  });
});
