import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { startSmtpCapture, type SmtpCapture } from '../utils/smtpCapture.ts';
import { waitFor } from '../utils/waitFor.ts';

/**
 * E-mailed sign-in links against a real SMTP server on 127.0.0.1: the link arrives, works once,
 * expires, says nothing about whether an address has an account, and asking is rate-limited.
 */
let ts: TestServer;
let smtp: SmtpCapture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  ts = await startTestServer({ smtpUrl: smtp.url, signInEmailsPerHour: 3, signInAttemptsPerHour: 1000 });
});
afterAll(async () => {
  await ts.stop();
  await smtp.stop();
});

const cookieOf = (res: Response) => /jointly_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

async function call(path: string, init: { method?: string; body?: unknown; cookie?: string } = {}) {
  const res = await fetch(`${ts.server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.cookie ? { cookie: `jointly_session=${init.cookie}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Record<string, any>, cookie: cookieOf(res) };
}

const codeOf = (link: string) => new URL(link).searchParams.get('code')!;

async function createConsortium(name: string) {
  const res = await call('/api/consortia', {
    method: 'POST',
    body: { name, programmeTitle: 'T', coordinatorName: 'Ana Lopes', partner: { name: 'Uni A', country: 'PT', type: 'degree-awarding' } },
  });
  expect(res.status).toBe(201);
  return { cookie: res.cookie!, userId: res.body.identity.userId as string, consortiumId: res.body.consortium.id as string };
}

describe('sign-in links by e-mail', () => {
  it('confirming an address, then signing in with it on another device reaches the same account and membership, once', async () => {
    const ana = await createConsortium('Link Consortium');
    expect((await call('/api/account/email', { method: 'POST', body: { email: 'Ana@Uni-A.example' }, cookie: ana.cookie })).status).toBe(
      202,
    );
    const confirm = await smtp.mailTo('ana@uni-a.example');
    expect(confirm.raw).toContain('Confirm your e-mail address');
    const confirmed = await call('/api/signin/email/use', {
      method: 'POST',
      body: { code: codeOf(smtp.linkIn(confirm)) },
      cookie: ana.cookie,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.next).toBe(`/c/${ana.consortiumId}`);
    expect((await ts.server.storage.accounts.get(ana.userId))?.email).toBe('ana@uni-a.example');
    // Using a link signs in anew: the cookie rotated, and the old id is dead.
    expect(confirmed.cookie).toBeTruthy();
    expect(confirmed.cookie).not.toBe(ana.cookie);
    expect((await call('/api/me', { cookie: ana.cookie })).status).toBe(401);

    // Another computer: no cookie, only the address.
    const asked = await call('/api/signin/email', { method: 'POST', body: { email: 'ana@uni-a.example' } });
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ ok: true, mailed: true });
    const mail = await smtp.mailTo('ana@uni-a.example', 2);
    expect(mail.raw).toContain('Your Jointly sign-in link');
    const link = smtp.linkIn(mail);
    expect(link.startsWith(ts.server.url)).toBe(true);
    const used = await call('/api/signin/email/use', { method: 'POST', body: { code: codeOf(link) } });
    expect(used.status).toBe(200);
    const me = await call('/api/me', { cookie: used.cookie });
    expect(me.body.identity).toMatchObject({ userId: ana.userId, consortiumId: ana.consortiumId, role: 'coordinator' });
    expect((await ts.server.storage.members.list(ana.consortiumId)).length).toBe(1);

    const again = await call('/api/signin/email/use', { method: 'POST', body: { code: codeOf(link) } });
    expect([again.status, again.body.error.code, again.cookie]).toEqual([410, 'link-used', undefined]);
  });

  it('brings a person who asked on an invitation back to it, signed in, to join with their account; only pages of this site', async () => {
    const ana = await createConsortium('Return Consortium');
    const bruno = await createConsortium('Bruno Consortium');
    await call('/api/account/email', { method: 'POST', body: { email: 'bruno@uni-b.example' }, cookie: bruno.cookie });
    const confirm = await smtp.mailTo('bruno@uni-b.example');
    expect(
      (await call('/api/signin/email/use', { method: 'POST', body: { code: codeOf(smtp.linkIn(confirm)) }, cookie: bruno.cookie })).status,
    ).toBe(200);
    const consortium = await call(`/api/consortia/${ana.consortiumId}`, { cookie: ana.cookie });
    const partnerId = consortium.body.consortium.partners[0].id as string;
    const invite = await call(`/api/consortia/${ana.consortiumId}/invites`, {
      method: 'POST',
      body: { role: 'editor', partnerId },
      cookie: ana.cookie,
    });
    expect(invite.status).toBe(201);
    const joinPath = new URL(invite.body.url as string).pathname;

    // On another computer Bruno opens the invitation and asks for a sign-in link there.
    const asked = await call('/api/signin/email', { method: 'POST', body: { email: 'bruno@uni-b.example', next: joinPath } });
    expect(asked.status).toBe(202);
    const mail = await smtp.mailTo('bruno@uni-b.example', 2);
    const used = await call('/api/signin/email/use', { method: 'POST', body: { code: codeOf(smtp.linkIn(mail)) } });
    expect(used.body.next).toBe(joinPath);
    const accepted = await call(`/api/invites/${joinPath.split('/join/')[1]}/accept`, {
      method: 'POST',
      body: { name: 'Bruno Braga' },
      cookie: used.cookie,
    });
    expect(accepted.status).toBeLessThan(300);
    const members = await ts.server.storage.members.list(ana.consortiumId);
    expect(members.map((m) => m.userId).sort()).toEqual([ana.userId, bruno.userId].sort());

    // Another site, or a path that browsers read as another site, is refused by name and no mail goes out.
    const before = smtp.mails.length;
    for (const next of ['https://evil.example/join/x', '//evil.example/join', '/\\evil.example', 'join/x']) {
      const res = await call('/api/signin/email', { method: 'POST', body: { email: 'bruno@uni-b.example', next } });
      expect([res.status, res.body.error.code, res.body.error.details[0].path], next).toEqual([400, 'invalid', 'next']);
    }
    expect(smtp.mails.length).toBe(before);
  });

  it('gives the same answer for an address without an account, whose link makes an account in no consortium', async () => {
    const known = await call('/api/signin/email', { method: 'POST', body: { email: 'ana@uni-a.example' } });
    const unknown = await call('/api/signin/email', { method: 'POST', body: { email: 'nobody@uni-z.example' } });
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);
    const used = await call('/api/signin/email/use', {
      method: 'POST',
      body: { code: codeOf(smtp.linkIn(await smtp.mailTo('nobody@uni-z.example'))) },
    });
    expect([used.status, used.body.next]).toEqual([200, '/']);
    const account = await call('/api/account', { cookie: used.cookie });
    expect(account.body).toMatchObject({ account: { email: 'nobody@uni-z.example' }, memberships: [] });
    expect((await call('/api/me', { cookie: used.cookie })).status).toBe(401);
  });

  it('tells the page when the server sends no e-mail (no SMTP_URL), whether or not the address has an account', async () => {
    const mailless = await startTestServer();
    try {
      const res = await fetch(`${mailless.server.url}/api/signin/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'someone@uni-a.example' }),
      });
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ ok: true, mailed: false });
    } finally {
      await mailless.stop();
    }
  });

  it('refuses a link after it expired, and unknown or malformed codes', async () => {
    const short = await startTestServer({ smtpUrl: smtp.url, signInLinkMinutes: 0.002 });
    try {
      const asked = Date.now();
      await fetch(`${short.server.url}/api/signin/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'late@uni-a.example' }),
      });
      const code = codeOf(smtp.linkIn(await smtp.mailTo('late@uni-a.example')));
      await waitFor(() => Date.now() > asked + 0.002 * 60_000 + 50);
      const res = await fetch(`${short.server.url}/api/signin/email/use`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      expect([res.status, ((await res.json()) as { error: { code: string } }).error.code, res.headers.get('set-cookie')]).toEqual([
        410,
        'link-expired',
        null,
      ]);
    } finally {
      await short.stop();
    }
    const unknown = await call('/api/signin/email/use', { method: 'POST', body: { code: 'A'.repeat(43) } });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'unknown-link']);
    const malformed = await call('/api/signin/email/use', { method: 'POST', body: { code: '../etc' } });
    expect([malformed.status, malformed.body.error.code]).toEqual([400, 'invalid']);
  });

  it('limits sign-in e-mails per address (429, no mail sent) and per client address', async () => {
    for (let i = 0; i < 3; i++)
      expect((await call('/api/signin/email', { method: 'POST', body: { email: 'flood@uni-a.example' } })).status).toBe(202);
    await smtp.mailTo('flood@uni-a.example', 3);
    const fourth = await call('/api/signin/email', { method: 'POST', body: { email: 'flood@uni-a.example' } });
    expect([fourth.status, fourth.body.error.code]).toEqual([429, 'rate-limited']);
    expect((await call('/api/signin/email', { method: 'POST', body: { email: 'other@uni-a.example' } })).status).toBe(202);
    expect(smtp.mails.filter((m) => m.to.includes('flood@uni-a.example'))).toHaveLength(3);

    const strict = await startTestServer({ smtpUrl: smtp.url, signInAttemptsPerHour: 2 });
    try {
      const ask = (email: string) =>
        fetch(`${strict.server.url}/api/signin/email`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email }),
        });
      expect((await ask('a1@uni-a.example')).status).toBe(202);
      expect((await ask('a2@uni-a.example')).status).toBe(202);
      expect((await ask('a3@uni-a.example')).status).toBe(429);
      // Guessing codes counts against the same budget.
      const guess = await fetch(`${strict.server.url}/api/signin/email/use`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: 'B'.repeat(43) }),
      });
      expect(guess.status).toBe(429);
    } finally {
      await strict.stop();
    }
  });
});
