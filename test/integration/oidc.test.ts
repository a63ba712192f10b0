import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { startOidcProvider, type TestOidcProvider } from '../utils/oidcProvider.ts';
import { startHostileOidcProvider, type HostileOidcProvider } from '../utils/hostileOidcProvider.ts';
import { CookieJar } from '../utils/cookieJar.ts';
import { hashSecret } from '../../server/accounts/signInSessions.ts';

/**
 * Single sign-on against a real OpenID provider (`oidc-provider`) on 127.0.0.1: the code flow with
 * PKCE, state and nonce; accounts matched by subject, then by verified e-mail; invites bound to the
 * signed-in account; and the refusals (forged, tampered or replayed state, another browser's answer,
 * a code redeemed with the wrong PKCE verifier, ID tokens from another issuer or for another
 * audience, a wrong nonce).
 */
let provider: TestOidcProvider;
let ts: TestServer;
let hostile: HostileOidcProvider;
let hostileTs: TestServer;

beforeAll(async () => {
  provider = await startOidcProvider();
  ts = await startTestServer({
    oidcIssuer: provider.issuer,
    oidcClientId: provider.clientId,
    oidcClientSecret: provider.clientSecret,
    oidcName: 'Uni A account',
    signInAttemptsPerHour: 1000,
  });
  provider.allowRedirect(`${ts.server.url}/api/signin/oidc/callback`);
  hostile = await startHostileOidcProvider();
  hostileTs = await startTestServer({ oidcIssuer: hostile.issuer, oidcClientId: hostile.clientId, oidcClientSecret: hostile.clientSecret });
});
afterAll(async () => {
  await ts?.stop();
  await hostileTs?.stop();
  await provider?.stop();
  await hostile?.stop();
});

/** Clicks "Sign in with …" and lets the provider send the browser back: the callback URL, not yet opened. */
async function toCallback(jar: CookieJar, base: string, returnTo?: string): Promise<string> {
  const start = await jar.get_(`${base}/api/signin/oidc${returnTo ? `?return=${encodeURIComponent(returnTo)}` : ''}`);
  expect(start.status).toBe(303);
  const { location } = await jar.follow(start.headers.get('location')!, base);
  expect(location).toContain('/api/signin/oidc/callback?');
  return location;
}

async function signInWithSso(jar: CookieJar, returnTo?: string): Promise<{ location: string; status: number }> {
  const res = await jar.get_(await toCallback(jar, ts.server.url, returnTo));
  return { location: res.headers.get('location') ?? '', status: res.status };
}

async function me(jar: CookieJar) {
  const res = await fetch(`${ts.server.url}/api/account`, { headers: { cookie: jar.header(ts.server.url) } });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

async function api(jar: CookieJar, path: string, method = 'GET', body?: unknown) {
  const res = await fetch(`${ts.server.url}${path}`, {
    method,
    headers: { cookie: jar.header(ts.server.url), 'content-type': 'application/json', origin: ts.server.url },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  jar.take(ts.server.url, res);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('single sign-on (OpenID Connect)', () => {
  it('says which methods exist', async () => {
    expect((await api(new CookieJar(), '/api/signin/methods')).body).toEqual({ sso: { name: 'Uni A account' }, passkeys: true });
  });

  it('signs a new person in, and the same person again on another browser into the same account', async () => {
    provider.signInAs({ sub: 'sso-ines', name: 'Inês Costa', email: 'ines@uni-a.example', email_verified: true });
    const first = new CookieJar();
    expect(await signInWithSso(first)).toEqual({ status: 303, location: '/' });
    const account = (await me(first)).body.account;
    expect(account).toMatchObject({ name: 'Inês Costa', email: 'ines@uni-a.example' });

    const second = new CookieJar();
    await signInWithSso(second);
    expect((await me(second)).body.account.id).toBe(account.id);
    // Two sessions, one account.
    expect((await me(second)).body.sessions).toHaveLength(2);
  });

  it('matches an existing account by verified e-mail, but never by an unverified one', async () => {
    await ts.server.storage.accounts.create({
      id: 'acc-luis',
      name: 'Luís',
      email: 'luis@uni-a.example',
      createdAt: new Date().toISOString(),
    });
    provider.signInAs({ sub: 'sso-luis', name: 'Luís Alves', email: 'luis@uni-a.example', email_verified: true });
    const jar = new CookieJar();
    await signInWithSso(jar);
    expect((await me(jar)).body.account.id).toBe('acc-luis');

    await ts.server.storage.accounts.create({
      id: 'acc-rita',
      name: 'Rita',
      email: 'rita@uni-a.example',
      createdAt: new Date().toISOString(),
    });
    provider.signInAs({ sub: 'sso-mallory', name: 'Mallory', email: 'rita@uni-a.example', email_verified: false });
    const other = new CookieJar();
    await signInWithSso(other);
    const got = (await me(other)).body.account;
    expect(got.id).not.toBe('acc-rita');
    expect(got.email).toBeNull();
  });

  it('returns to an invitation, and accepting it binds it to the signed-in account: no second membership', async () => {
    const coordinator = new CookieJar();
    const created = await api(coordinator, '/api/consortia', 'POST', {
      name: 'SSO Consortium',
      programmeTitle: 'T',
      coordinatorName: 'Ana Lopes',
      partner: { name: 'Uni A', country: 'PT', type: 'degree-awarding' },
    });
    const consortiumId = created.body.consortium.id as string;
    const partnerId = created.body.identity.partnerId as string;
    const invite = await api(coordinator, `/api/consortia/${consortiumId}/invites`, 'POST', {
      partnerId,
      role: 'editor',
      maxUses: 5,
      expiresInDays: 7,
    });
    expect(invite.status).toBe(201);
    const joinPath = new URL(invite.body.url as string).pathname;

    provider.signInAs({ sub: 'sso-joana', name: 'Joana Reis', email: 'joana@uni-a.example', email_verified: true });
    const joana = new CookieJar();
    expect((await signInWithSso(joana, joinPath)).location).toBe(joinPath);
    const accountId = (await me(joana)).body.account.id as string;
    const code = joinPath.split('/').pop()!;
    const accepted = await api(joana, `/api/invites/${code}/accept`, 'POST', { name: 'Joana Reis' });
    expect(accepted.body.identity.userId).toBe(accountId);
    // Accepting again (a second click, another tab) is the same membership.
    await api(joana, `/api/invites/${code}/accept`, 'POST', { name: 'Joana Reis' });
    const members = (await api(coordinator, `/api/consortia/${consortiumId}/members`)).body.members as { userId: string; name: string }[];
    expect(members.filter((m) => m.name === 'Joana Reis')).toHaveLength(1);

    // Back another day on a new browser: straight into the consortium.
    const later = new CookieJar();
    expect((await signInWithSso(later)).location).toBe(`/c/${consortiumId}`);
    expect((await me(later)).body.memberships).toHaveLength(1);
  });

  it('refuses a replayed answer, a forged state and an answer meant for another browser', async () => {
    provider.signInAs({ sub: 'sso-ines', name: 'Inês Costa', email: 'ines@uni-a.example', email_verified: true });
    const jar = new CookieJar();
    const callback = await toCallback(jar, ts.server.url);
    const state = jar.get(ts.server.url, 'jointly_sso')!;
    // Another browser (an attacker pasting their callback into a victim's browser) lacks the state cookie.
    const elsewhere = new CookieJar();
    expect((await elsewhere.get_(callback)).headers.get('location')).toBe('/signin?error=sso-state');
    expect((await jar.get_(callback)).headers.get('location')).toBe('/');
    // The same answer again (the browser's back button, or a stolen URL with the cookie): used up.
    jar.take(ts.server.url, new Response(null, { headers: { 'set-cookie': `jointly_sso=${state}` } }));
    const replay = await jar.get_(callback);
    expect(replay.headers.get('location')).toBe('/signin?error=sso-state');
    expect(replay.headers.getSetCookie().some((c) => c.startsWith('jointly_session='))).toBe(false);

    // A state the server never handed out, even with a matching cookie.
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged-state-value');
    const forger = new CookieJar();
    forger.take(ts.server.url, new Response(null, { headers: { 'set-cookie': 'jointly_sso=forged-state-value' } }));
    expect((await forger.get_(forged.href)).headers.get('location')).toBe('/signin?error=sso-state');
  });

  it('links single sign-on to the account of a person signed in already; an identity another account holds is refused', async () => {
    const startConsortium = async (jar: CookieJar, coordinatorName: string) => {
      const created = await api(jar, '/api/consortia', 'POST', {
        name: `${coordinatorName}'s consortium`,
        programmeTitle: 'T',
        coordinatorName,
        partner: { name: 'Uni A', country: 'PT', type: 'degree-awarding' },
      });
      expect(created.status).toBe(201);
      return { accountId: (await me(jar)).body.account.id as string, consortiumId: created.body.consortium.id as string };
    };
    const ana = new CookieJar();
    const anas = await startConsortium(ana, 'Ana Link');
    // An institutional identity no account holds (its e-mail address is not Ana's either).
    provider.signInAs({ sub: 'sso-ana-link', name: 'A. Link', email: 'a.link@uni-a.example', email_verified: true });
    expect(await signInWithSso(ana, '/account')).toEqual({ status: 303, location: '/account' });
    const after = await me(ana);
    expect(after.body.account.id).toBe(anas.accountId);
    expect(await ts.server.storage.oidcSubjects.find(provider.issuer, 'sso-ana-link')).toBe(anas.accountId);
    // From now on single sign-on on another computer reaches Ana's account, with her consortium.
    const laptop = new CookieJar();
    expect(await signInWithSso(laptop)).toEqual({ status: 303, location: `/c/${anas.consortiumId}` });
    expect((await me(laptop)).body.account.id).toBe(anas.accountId);

    // Ben, signed in to his own account, comes back with Ana's identity: refused, and he stays himself.
    const ben = new CookieJar();
    const bens = await startConsortium(ben, 'Ben Other');
    expect(await signInWithSso(ben)).toEqual({ status: 303, location: '/signin?error=sso-linked-elsewhere' });
    expect((await me(ben)).body.account.id).toBe(bens.accountId);
    expect(await ts.server.storage.oidcSubjects.find(provider.issuer, 'sso-ana-link')).toBe(anas.accountId);
  });

  it('refuses a callback whose state was tampered with, and a code redeemed with the wrong PKCE verifier', async () => {
    provider.signInAs({ sub: 'sso-pkce', name: 'Pia Kern', email: 'pia@uni-a.example', email_verified: true });
    // One character of the state changed on the way back: not this browser's sign-in.
    const jar = new CookieJar();
    const callback = await toCallback(jar, ts.server.url);
    const tampered = new URL(callback);
    const state = tampered.searchParams.get('state')!;
    tampered.searchParams.set('state', `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`);
    const refused = await jar.get_(tampered.href);
    expect(refused.headers.get('location')).toBe('/signin?error=sso-state');
    expect(refused.headers.getSetCookie().some((c) => c.startsWith('jointly_session='))).toBe(false);

    // Two sign-ins under way; each code is redeemed with the other's verifier (an injected code):
    // the provider refuses the exchange, and so does the server.
    const mine = new CookieJar();
    const theirs = new CookieJar();
    const myCallback = await toCallback(mine, ts.server.url);
    const theirCallback = await toCallback(theirs, ts.server.url);
    const challenges = ts.server.storage.challenges;
    const stateOf = (url: string) => hashSecret(new URL(url).searchParams.get('state')!);
    const myChallenge = (await challenges.take(stateOf(myCallback), new Date()))!;
    const theirChallenge = (await challenges.take(stateOf(theirCallback), new Date()))!;
    await challenges.create({ ...myChallenge, data: { ...myChallenge.data, verifier: theirChallenge.data.verifier! } });
    await challenges.create({ ...theirChallenge, data: { ...theirChallenge.data, verifier: myChallenge.data.verifier! } });
    for (const [browser, url] of [
      [mine, myCallback],
      [theirs, theirCallback],
    ] as const) {
      const res = await browser.get_(url);
      expect(res.headers.get('location')).toBe('/signin?error=sso-refused');
      expect(res.headers.getSetCookie().some((c) => c.startsWith('jointly_session='))).toBe(false);
    }
    expect((await me(mine)).status).toBe(401);

    // The same flow untouched signs in: the refusals above were the tampering.
    const honest = new CookieJar();
    expect(await signInWithSso(honest)).toEqual({ status: 303, location: '/' });
  });

  it('refuses ID tokens from another issuer, for another audience, or with another nonce', async () => {
    for (const forgery of [{ iss: 'https://evil.example' }, { aud: 'someone-else' }, { nonce: 'not-the-one' }]) {
      hostile.forge(forgery);
      const jar = new CookieJar();
      const res = await jar.get_(await toCallback(jar, hostileTs.server.url));
      expect(res.headers.get('location'), JSON.stringify(forgery)).toBe('/signin?error=sso-refused');
      expect(res.headers.getSetCookie().some((c) => c.startsWith('jointly_session='))).toBe(false);
    }
    // The same provider telling the truth is believed: the refusals above were the forgeries.
    hostile.forge({});
    const jar = new CookieJar();
    const res = await jar.get_(await toCallback(jar, hostileTs.server.url));
    expect(res.headers.get('location')).toBe('/');
  });

  it('counts single-sign-on attempts per client address', async () => {
    const limited = await startTestServer({
      oidcIssuer: provider.issuer,
      oidcClientId: provider.clientId,
      oidcClientSecret: provider.clientSecret,
      signInAttemptsPerHour: 2,
    });
    try {
      const start = () => fetch(`${limited.server.url}/api/signin/oidc`, { redirect: 'manual' });
      expect((await start()).status).toBe(303);
      expect((await start()).status).toBe(303);
      const refused = await start();
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate-limited');
      // The passkey sign-in shares the budget of this address.
      const options = await fetch(`${limited.server.url}/api/signin/passkey/options`, {
        method: 'POST',
        headers: { origin: limited.server.url },
      });
      expect(options.status).toBe(429);
    } finally {
      await limited.stop();
    }
  });

  it('is off, with a named error, when not configured', async () => {
    const plain = await startTestServer();
    try {
      const res = await fetch(`${plain.server.url}/api/signin/oidc`, { redirect: 'manual' });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('sso-off');
      expect(await (await fetch(`${plain.server.url}/api/signin/methods`)).json()).toEqual({ sso: null, passkeys: true });
    } finally {
      await plain.stop();
    }
  });
});
