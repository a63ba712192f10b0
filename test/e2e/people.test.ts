/**
 * People and partners, as people use them: a programme leader starts a consortium on the start page,
 * lists the partner institutions, invites colleagues with links (each opens theirs in their own
 * browser), and then manages them — a role lowered and raised while the person has the dossier open,
 * someone removed mid-session, the last coordinator protected, and one person in two consortia.
 *
 * The steps build on each other (one consortium, created through the UI in the first test), so they
 * run in order and share the people below; a step whose precondition is missing fails by saying so.
 */
import { mkdirSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { launchBrowser } from '../utils/browser.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import {
  dossierPath,
  paragraph,
  poll,
  requireBuiltClient,
  SCREENSHOT_DIR,
  selectPhrase,
  statusText,
  textWithoutCarets,
  typeInto,
  VIEWPORT,
  waitLoaded,
} from '../utils/e2e.ts';
import type { Role } from '../../shared/roles.ts';

const CONSORTIUM = 'Green Skills for Europe';
const CID = 'green-skills-for-europe';
const PROGRAMME = 'Micro-credential in Sustainable Energy Transitions';
const COORDINATOR = {
  name: 'Marta Kowalska',
  institution: 'Warsaw University of Technology',
  country: 'pl',
  type: 'Degree-awarding university',
};
const HOME_PARTNER = 'warsaw-university-of-technology';

const AALTO = {
  id: 'aalto-university',
  name: 'Aalto University',
  country: 'FI',
  type: 'Degree-awarding university',
  contactName: 'Mikko Virtanen',
  contactEmail: 'mikko.virtanen@aalto.example',
  signatoryName: 'Liisa Korhonen',
  signatoryRole: 'President',
  // The legal details the Europass export and the supplement name the institution by.
  legalName: 'Aalto-korkeakoulusäätiö sr',
  identifierType: 'PIC (EU participant identification code)',
  identifier: '999888777',
  address: 'Otakaari 24, 02150 Espoo',
  website: 'https://www.aalto.example',
};
const VATTENFALL = {
  id: 'vattenfall-skills-academy',
  name: 'Vattenfall Skills Academy',
  country: 'SE',
  type: 'Employer',
  contactName: 'Sofia Lindqvist',
  contactEmail: 'sofia.lindqvist@vattenfall.example',
  signatoryName: 'Erik Johansson',
  signatoryRole: 'Head of HR',
};
/** Listed by mistake, removed again (nobody belongs to it). */
const MISTAKE = { id: 'nordic-green-hub', name: 'Nordic Green Hub', country: 'DK', type: 'Non-awarding institution' };

const EDITOR_NAME = 'Jukka Mäkinen';
const COMMENTER_NAME = 'Anders Nilsson';
const VIEWER_NAME = 'Aino Laine';
const LAST_COORDINATOR = 'A consortium needs at least one coordinator: appoint another one first.';
const KEY = 'curriculum';
const SENTENCE = 'Learners complete three modules on renewable energy.';

let ts: TestServer | undefined;
let browser: Browser | undefined;

/** One person at their own computer: own context (cookies, IndexedDB), confirm() dialogs answered "OK". */
interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  errors: string[];
  userId?: string;
}
const people: Person[] = [];

async function newPerson(name: string): Promise<Person> {
  const context = await browser!.newContext({ viewport: VIEWPORT });
  const person: Person = { name, context, page: await context.newPage(), errors: [] };
  watch(person, person.page);
  people.push(person);
  return person;
}

function watch(person: Person, page: Page): void {
  page.on('pageerror', (error) => person.errors.push(`${person.name}: ${String(error)}`));
  page.on('dialog', (dialog) => void dialog.accept());
}

async function closePerson(person: Person | undefined): Promise<void> {
  if (!person) return;
  people.splice(people.indexOf(person), 1);
  await person.context.close().catch(() => undefined);
}

/** What the steps hand on to each other. */
const state: {
  coordinator?: Person;
  /** The coordinator's second tab, on the dossier. */
  coordinatorDossier?: Page;
  editor?: Person;
  commenter?: Person;
  invites: Record<'editor' | 'commenter' | 'viewer' | 'spare', { id: string; url: string } | undefined>;
} = { invites: { editor: undefined, commenter: undefined, viewer: undefined, spare: undefined } };

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`precondition missing: ${what} (an earlier step of this file failed)`);
  return value;
}

beforeAll(async () => {
  requireBuiltClient();
  [ts, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.allSettled(people.splice(0).map((p) => p.context.close()));
  await browser?.close();
  await ts?.stop();
});

const url = (path: string) => `${ts!.server.url}${path}`;

/**
 * Runs `action` and returns the first API answer matching method and path. (Answers that make the page
 * navigate away cannot be read afterwards: use their status only.)
 */
async function answer<T = Record<string, unknown>>(
  page: Page,
  method: string,
  pathEnd: RegExp,
  action: () => Promise<unknown>,
): Promise<{ status: number; body: T }> {
  const [response] = await Promise.all([
    page.waitForResponse((r: Response) => r.request().method() === method && pathEnd.test(new URL(r.url()).pathname)),
    action(),
  ]);
  return { status: response.status(), body: (await response.json()) as T };
}

/** Like `answer`, for actions that navigate away (the body is gone by then). */
async function status(page: Page, method: string, pathEnd: RegExp, action: () => Promise<unknown>): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r: Response) => r.request().method() === method && pathEnd.test(new URL(r.url()).pathname)),
    action(),
  ]);
  return response.status();
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: joinPath(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

const editable = (page: Page) => page.locator('.ProseMirror').getAttribute('contenteditable');

/** Fills a partner form (PartnerForm) by its labels, as a person would. */
async function fillPartner(
  page: Page,
  formName: string,
  p: Partial<Omit<typeof AALTO, 'legalName' | 'identifierType' | 'identifier' | 'address' | 'website'>> &
    Partial<Record<'legalName' | 'identifierType' | 'identifier' | 'address' | 'website', string>>,
): Promise<void> {
  const form = page.getByRole('form', { name: formName, exact: true });
  const fields: [string, string | undefined][] = [
    ['Institution name', p.name],
    ['Country', p.country],
    ['Contact person', p.contactName],
    ['Contact e-mail', p.contactEmail],
    ['Legal signatory', p.signatoryName],
    ["Signatory's role", p.signatoryRole],
    ['Official legal name', p.legalName],
    ['Identifier', p.identifier],
    ['Postal address', p.address],
    ['Website', p.website],
  ];
  for (const [label, value] of fields) if (value !== undefined) await form.getByLabel(label, { exact: true }).fill(value);
  if (p.type) await form.getByLabel('Type of institution', { exact: true }).selectOption({ label: p.type });
  if (p.identifierType) await form.getByLabel('Kind of identifier', { exact: true }).selectOption({ label: p.identifierType });
}

/** The coordinator creates an invite link on the People page; returns its id and the link shown once. */
async function createInvite(
  page: Page,
  options: { role: Role; partner: string; label?: string; expiresInDays?: number; maxUses?: number },
) {
  const form = page.getByRole('form', { name: 'Create an invite link' });
  await page.locator('#invite-role').selectOption(options.role);
  await page.locator('#invite-partner').selectOption({ label: options.partner });
  await form.getByLabel('Label (optional)', { exact: true }).fill(options.label ?? '');
  await form.getByLabel('Expires in days (optional)', { exact: true }).fill(options.expiresInDays ? String(options.expiresInDays) : '');
  await form.getByLabel('Max uses (optional)', { exact: true }).fill(options.maxUses ? String(options.maxUses) : '');
  const { status, body } = await answer<{ invite: { id: string; expiresAt: string | null; maxUses: number | null }; url: string }>(
    page,
    'POST',
    /\/invites$/,
    () => form.getByRole('button', { name: 'Create invite link' }).click(),
  );
  expect(status).toBe(201);
  // The link is shown once, and is the one the server made.
  await poll(() => page.getByTestId('invite-url').inputValue()).toBe(body.url);
  expect(body.url).toMatch(new RegExp(`^${ts!.server.url}/join/[A-Za-z0-9_-]{43}$`));
  await page.getByTestId(`invite-row-${body.invite.id}`).waitFor();
  return { id: body.invite.id, url: body.url, invite: body.invite };
}

/** A colleague opens their link in their own browser, types their name and presses Join. */
async function join(person: Person, link: string, expectedSummary: string, beforeJoin?: () => Promise<void>): Promise<string> {
  if (person.page.url() !== link) await person.page.goto(link);
  await poll(() => person.page.getByTestId('invite-summary').innerText()).toBe(expectedSummary);
  await person.page.getByLabel('Your name', { exact: true }).fill(person.name);
  await beforeJoin?.();
  const accepted = await status(person.page, 'POST', /\/accept$/, () => person.page.getByRole('button', { name: 'Join' }).click());
  expect(accepted).toBe(200);
  await person.page.waitForURL(/\/c\/[a-z0-9-]+$/);
  // Who they became: the consortium they landed in, and their membership there.
  const consortiumId = new URL(person.page.url()).pathname.split('/')[2]!;
  const member = (await ts!.server.storage.members.list(consortiumId)).find((m) => m.name === person.name);
  return need(member, `${person.name}'s membership in ${consortiumId}`).userId;
}

async function expectInvalidLink(link: string): Promise<void> {
  const stranger = await newPerson('Lars Ek');
  await stranger.page.goto(link);
  await stranger.page.getByRole('heading', { name: 'This invitation link is no longer valid' }).waitFor();
  // The "used up / withdrawn" wording (410), not the "we do not recognise this link" one (404).
  expect(await stranger.page.locator('.notice-card').innerText()).toContain(
    'It may have expired, been withdrawn, or been used by as many people as allowed. Please ask your coordinator for a new one.',
  );
  expect(await stranger.page.getByRole('button', { name: 'Join' }).count()).toBe(0);
  expect(stranger.errors).toEqual([]);
  await closePerson(stranger);
}

async function openDossierTab(page: Page, role: Role): Promise<void> {
  await page.goto(url(dossierPath(CID)));
  await waitLoaded(page, role);
  expect(new URL(page.url()).pathname).toBe(dossierPath(CID));
}

describe.sequential('people and partners, from an empty start page to a working consortium', () => {
  it('a programme leader creates the consortium on the start page; an empty consortium name is refused and creates nothing', async () => {
    const coordinator = await newPerson(COORDINATOR.name);
    const { page } = coordinator;
    await page.goto(url('/'));
    const form = page.getByRole('form', { name: 'Create a consortium' });
    await form.waitFor();
    await form.getByLabel('Your name', { exact: true }).fill(COORDINATOR.name);
    await form.getByLabel('Your institution', { exact: true }).fill(COORDINATOR.institution);
    await form.getByLabel('Country', { exact: true }).fill(COORDINATOR.country);
    await form.getByLabel('Type of institution', { exact: true }).selectOption({ label: COORDINATOR.type });
    await form.getByLabel('Programme title', { exact: true }).fill(PROGRAMME);

    // Forgot the consortium's name: the server says so, next to that field, and nothing is created.
    const refused = await answer(page, 'POST', /^\/api\/consortia$/, () => form.getByRole('button', { name: 'Create consortium' }).click());
    expect(refused.status).toBe(400);
    await poll(() => page.locator('#consortiumName-error').innerText()).toBe('Please fill this in.');
    expect(await form.getByLabel('Consortium name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByRole('alert').innerText()).toBe('Please check the fields marked in red.');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await ts!.server.storage.consortia.list()).toEqual([]);
    // What was typed is still there.
    expect(await form.getByLabel('Your name', { exact: true }).inputValue()).toBe(COORDINATOR.name);
    await shot(page, 'home-create');

    await form.getByLabel('Consortium name', { exact: true }).fill(CONSORTIUM);
    const created = await status(page, 'POST', /^\/api\/consortia$/, () => form.getByRole('button', { name: 'Create consortium' }).click());
    expect(created).toBe(201);
    await page.waitForURL(url(`/c/${CID}`));
    const members = await ts!.server.storage.members.list(CID);
    expect(members.map((m) => [m.name, m.partnerId, m.role])).toEqual([[COORDINATOR.name, HOME_PARTNER, 'coordinator']]);
    coordinator.userId = members[0]!.userId;

    // The overview: 19 chapters, the consortium's name, and the coordinator's place in it.
    await poll(() => page.getByTestId('chapters-table').locator('tbody tr').count()).toBe(19);
    expect(await page.locator('.topbar .consortium-name').innerText()).toBe(CONSORTIUM);
    expect(await page.locator('.topbar .programme-title').innerText()).toBe(PROGRAMME);
    expect(await page.locator('.topbar .me-role').innerText()).toBe(`Coordinator · ${COORDINATOR.institution}`);
    const stored = await ts!.server.storage.consortia.list();
    expect(stored.map((c) => [c.id, c.name, c.partners.map((p) => [p.id, p.country, p.type])])).toEqual([
      [CID, CONSORTIUM, [[HOME_PARTNER, 'PL', 'degree-awarding']]],
    ]);

    // The Dossier tab opens the editor with the 19 chapters, ready to write.
    await page.getByRole('navigation', { name: 'Consortium sections' }).getByRole('link', { name: 'Dossier' }).click();
    await page.waitForURL(url(dossierPath(CID)));
    await waitLoaded(page, 'coordinator');
    expect(await page.locator('section.chapter').count()).toBe(19);
    expect(coordinator.errors).toEqual([]);
    state.coordinator = coordinator;
  });

  it('the coordinator lists two partners, edits one, removes one listed by mistake, and the list survives a reload', async () => {
    const { page, errors } = need(state.coordinator, 'the consortium from step 1');
    await page.getByRole('navigation', { name: 'Consortium sections' }).getByRole('link', { name: 'Partners' }).click();
    await page.waitForURL(url(`/c/${CID}/partners`));
    const list = page.getByTestId('partner-list');
    await list.getByTestId(`partner-card-${HOME_PARTNER}`).waitFor();

    for (const partner of [AALTO, VATTENFALL]) {
      await fillPartner(page, 'Add a partner institution', partner);
      const added = await answer(page, 'POST', /\/partners$/, () => page.getByRole('button', { name: 'Add partner' }).click());
      expect(added.status).toBe(201);
      const card = page.getByTestId(`partner-card-${partner.id}`);
      await card.waitFor();
      const text = await card.innerText();
      for (const shown of [
        partner.name,
        partner.type,
        partner.contactName,
        partner.contactEmail,
        partner.signatoryName,
        partner.signatoryRole,
        ...(partner === AALTO ? [AALTO.legalName, `${AALTO.identifierType}: ${AALTO.identifier}`, AALTO.address, 'www.aalto.example'] : []),
      ]) {
        expect(text).toContain(shown);
      }
      // The form is empty again for the next one.
      await poll(() =>
        page.getByRole('form', { name: 'Add a partner institution' }).getByLabel('Institution name', { exact: true }).inputValue(),
      ).toBe('');
    }
    expect(await page.getByTestId(`partner-card-${AALTO.id}`).innerText()).toContain('Finland (FI)');
    // The website is a link that opens beside Jointly.
    const website = page.getByTestId(`partner-card-${AALTO.id}`).getByRole('link', { name: 'www.aalto.example' });
    expect(await website.getAttribute('href')).toBe(AALTO.website);
    expect(await website.getAttribute('target')).toBe('_blank');
    expect(await page.getByTestId(`partner-card-${VATTENFALL.id}`).locator('.tag').first().innerText()).toBe('Employer');
    expect(
      await page.getByTestId(`partner-card-${VATTENFALL.id}`).getByRole('link', { name: VATTENFALL.contactEmail }).getAttribute('href'),
    ).toBe(`mailto:${VATTENFALL.contactEmail}`);

    // Edit the employer: a new contact person and the signatory's proper title.
    await page.getByRole('button', { name: `Edit ${VATTENFALL.name}`, exact: true }).click();
    // The form takes the place of the card: the keyboard is in its first field, not at the page's top.
    await poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('name');
    await fillPartner(page, `Edit ${VATTENFALL.name}`, {
      contactName: 'Karin Berg',
      contactEmail: 'karin.berg@vattenfall.example',
      signatoryRole: 'Chief People Officer',
    });
    const edited = await answer(page, 'PATCH', new RegExp(`/partners/${VATTENFALL.id}$`), () =>
      page.getByRole('button', { name: 'Save changes' }).click(),
    );
    expect(edited.status).toBe(200);
    await page.getByRole('form', { name: `Edit ${VATTENFALL.name}` }).waitFor({ state: 'detached' });
    // …and back on the card's Edit button once it is saved.
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Edit ${VATTENFALL.name}`);
    const editedText = await page.getByTestId(`partner-card-${VATTENFALL.id}`).innerText();
    expect(editedText).toContain('Karin Berg');
    expect(editedText).toContain('karin.berg@vattenfall.example');
    expect(editedText).toContain('Chief People Officer');
    expect(editedText).not.toContain(VATTENFALL.contactName);

    // One listed by mistake goes again (nobody belongs to it)…
    await fillPartner(page, 'Add a partner institution', MISTAKE);
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByTestId(`partner-card-${MISTAKE.id}`).waitFor();
    const removed = await answer(page, 'DELETE', new RegExp(`/partners/${MISTAKE.id}$`), () =>
      page.getByRole('button', { name: `Remove ${MISTAKE.name}`, exact: true }).click(),
    );
    expect(removed.status).toBe(200);
    await page.getByTestId(`partner-card-${MISTAKE.id}`).waitFor({ state: 'detached' });
    // …but the coordinator's own institution has a member, so the server refuses and the card says why.
    const refused = await answer(page, 'DELETE', new RegExp(`/partners/${HOME_PARTNER}$`), () =>
      page.getByRole('button', { name: `Remove ${COORDINATOR.institution}`, exact: true }).click(),
    );
    expect(refused.status).toBe(409);
    await poll(() => page.getByTestId(`partner-card-${HOME_PARTNER}`).getByRole('alert').innerText()).toContain(
      'One person still belongs to this partner: move them to another partner on the People page, or remove them, first.',
    );

    const cards = () => list.locator('[data-testid^="partner-card-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    const expected = [HOME_PARTNER, AALTO.id, VATTENFALL.id].map((id) => `partner-card-${id}`);
    expect(await cards()).toEqual(expected);
    await page.reload();
    await list.getByTestId(`partner-card-${VATTENFALL.id}`).waitFor();
    expect(await cards()).toEqual(expected);
    expect(await page.getByTestId(`partner-card-${VATTENFALL.id}`).innerText()).toContain('Chief People Officer');
    // (The head count per card arrives with the members list, after the cards.)
    await poll(() => page.getByTestId(`partner-card-${HOME_PARTNER}`).locator('.partner-card-foot').innerText()).toContain('1 person');
    expect(await page.locator('.page-lead').innerText()).toContain('3 institutions are designing');
    await shot(page, 'partners', true);
    expect(errors).toEqual([]);
  });

  it('invite links: each colleague joins in their own browser with the right powers; a used-up or revoked link says it is no longer valid', async () => {
    const coordinator = need(state.coordinator, 'the consortium from step 1');
    const { page } = coordinator;
    await page.getByRole('navigation', { name: 'Consortium sections' }).getByRole('link', { name: 'People' }).click();
    await page.waitForURL(url(`/c/${CID}/people`));
    await page.getByRole('form', { name: 'Create an invite link' }).waitFor();
    await page.getByText('No invite links yet.').waitFor();

    const editorInvite = await createInvite(page, { role: 'editor', partner: AALTO.name, label: 'Aalto teaching staff' });
    expect(await page.getByTestId('new-invite').locator('.new-invite-title').innerText()).toBe(
      `Invite link for an editor at ${AALTO.name}`,
    );
    const commenterInvite = await createInvite(page, {
      role: 'commenter',
      partner: VATTENFALL.name,
      label: 'Industry reviewer',
      maxUses: 1,
    });
    expect(commenterInvite.invite.maxUses).toBe(1);
    const viewerInvite = await createInvite(page, { role: 'viewer', partner: AALTO.name, label: 'Quality office', expiresInDays: 14 });
    const expires = Date.parse(viewerInvite.invite.expiresAt ?? '');
    expect(Math.abs(expires - (Date.now() + 14 * 86_400_000))).toBeLessThan(60_000);
    const spare = await createInvite(page, { role: 'viewer', partner: AALTO.name, label: 'Spare link' });
    expect(await page.getByTestId('new-invite').locator('.new-invite-title').innerText()).toBe(`Invite link for a viewer at ${AALTO.name}`);

    const row = (id: string) => page.getByTestId(`invite-row-${id}`);
    expect(await row(commenterInvite.id).getByTestId('invite-uses').innerText()).toBe('0 / 1');
    expect(await row(viewerInvite.id).innerText()).toContain(
      new Date(expires).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
    );
    expect(await row(editorInvite.id).innerText()).toContain('Never');
    await shot(page, 'people-invites', true);

    // The spare link is withdrawn.
    const revoked = await answer(page, 'DELETE', new RegExp(`/invites/${spare.id}$`), () =>
      row(spare.id).getByRole('button', { name: 'Revoke Spare link' }).click(),
    );
    expect(revoked.status).toBe(200);
    await poll(() => row(spare.id).getByTestId('invite-status').innerText()).toBe('Revoked');
    expect(
      await row(spare.id)
        .getByRole('button', { name: /Revoke/ })
        .count(),
    ).toBe(0);
    await poll(() => page.locator('#invites-heading + .soft').innerText()).toBe('3 active');

    // The coordinator keeps the dossier open in a second tab.
    const coordinatorDossier = await coordinator.context.newPage();
    watch(coordinator, coordinatorDossier);
    state.coordinatorDossier = coordinatorDossier;

    // Each colleague: their own browser, their link, their name, Join.
    const editor = await newPerson(EDITOR_NAME);
    const commenter = await newPerson(COMMENTER_NAME);
    const viewer = await newPerson(VIEWER_NAME);
    await Promise.all([
      openDossierTab(coordinatorDossier, 'coordinator'),
      (async () =>
        (editor.userId = await join(editor, editorInvite.url, `You are invited to join ${CONSORTIUM} as Editor for ${AALTO.name}.`, () =>
          shot(editor.page, 'join'),
        )))(),
      (async () =>
        (commenter.userId = await join(
          commenter,
          commenterInvite.url,
          `You are invited to join ${CONSORTIUM} as Commenter for ${VATTENFALL.name}.`,
        )))(),
      (async () =>
        (viewer.userId = await join(viewer, viewerInvite.url, `You are invited to join ${CONSORTIUM} as Viewer for ${AALTO.name}.`)))(),
    ]);
    // Landed in the consortium, as who they are.
    for (const [person, role] of [
      [editor, `Editor · ${AALTO.name}`],
      [commenter, `Commenter · ${VATTENFALL.name}`],
      [viewer, `Viewer · ${AALTO.name}`],
    ] as const) {
      expect(await person.page.locator('.topbar .me-name').innerText()).toBe(person.name);
      expect(await person.page.locator('.topbar .me-role').innerText()).toBe(role);
    }
    await Promise.all([
      openDossierTab(editor.page, 'editor'),
      openDossierTab(commenter.page, 'commenter'),
      openDossierTab(viewer.page, 'viewer'),
    ]);
    // The coordinator goes back to the People tab (a background tab gets no animation frames, which slows every click there).
    await page.bringToFront();

    // The editor writes, and the coordinator sees it.
    expect(await editable(editor.page)).toBe('true');
    await typeInto(editor.page, paragraph(editor.page, KEY, 0), SENTENCE);
    await poll(() => textWithoutCarets(paragraph(coordinatorDossier, KEY, 0))).toBe(SENTENCE);

    // The commenter reads it, cannot type, but may comment on a selection.
    await poll(() => textWithoutCarets(paragraph(commenter.page, KEY, 0))).toBe(SENTENCE);
    // (It takes a caret, so that commenting works from the keyboard, but it is marked and kept read-only.)
    expect(await commenter.page.locator('.ProseMirror').getAttribute('aria-readonly')).toBe('true');
    await poll(() => statusText(commenter.page)).toBe('Read-only · you can comment');
    await selectPhrase(commenter.page, KEY, 'three modules');
    await commenter.page.getByTestId('add-comment').waitFor({ timeout: 5_000 });
    expect(await commenter.page.getByTestId('add-comment').innerText()).toBe('Comment');

    // The viewer reads it and cannot type.
    await poll(() => textWithoutCarets(paragraph(viewer.page, KEY, 0))).toBe(SENTENCE);
    expect(await editable(viewer.page)).toBe('false');
    await poll(() => statusText(viewer.page)).toBe('Read-only');
    await typeInto(viewer.page, paragraph(viewer.page, KEY, 0), ' VIEWER WAS HERE');
    expect(await textWithoutCarets(paragraph(viewer.page, KEY, 0))).toBe(SENTENCE);
    await selectPhrase(viewer.page, KEY, 'three modules');

    // The single-use link is spent, the spare one was revoked: both say so plainly.
    await expectInvalidLink(commenterInvite.url);
    await expectInvalidLink(spare.url);
    await page.reload();
    await row(commenterInvite.id).waitFor();
    expect(await row(commenterInvite.id).getByTestId('invite-uses').innerText()).toBe('1 / 1');
    expect(await row(commenterInvite.id).getByTestId('invite-status').innerText()).toBe('Used up');
    expect(await row(editorInvite.id).getByTestId('invite-uses').innerText()).toBe('1 / ∞');

    // Nothing the viewer did reached anyone (the editor's marker arrives after anything the viewer could have sent).
    expect(await viewer.page.getByTestId('add-comment').count()).toBe(0);
    await typeInto(editor.page, paragraph(editor.page, KEY, 1), 'marker');
    await poll(() => textWithoutCarets(paragraph(coordinatorDossier, KEY, 1))).toBe('marker');
    expect(await textWithoutCarets(paragraph(coordinatorDossier, KEY, 0))).toBe(SENTENCE);

    for (const p of [editor, commenter, viewer]) expect(p.errors).toEqual([]);
    await closePerson(viewer);
    state.editor = editor;
    state.commenter = commenter;
  });

  it('the members list shows all four; lowering the editor to viewer makes their open dossier read-only at once, raising makes it editable again', async () => {
    const coordinator = need(state.coordinator, 'the coordinator from step 1');
    const editor = need(state.editor, 'the editor who joined in step 3');
    const commenter = need(state.commenter, 'the commenter who joined in step 3');
    const { page } = coordinator;
    const table = page.getByTestId('members-table');
    await poll(() => table.locator('tbody tr').count()).toBe(4);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const [name, partner, role] = [...tr.querySelectorAll('td')].map((td) => {
          const select = td.querySelector('select');
          return select ? (select.selectedOptions[0]?.textContent ?? '') : (td.textContent ?? '');
        });
        return [name, partner, role];
      }),
    );
    // Sorted by institution, then name.
    expect(rows).toEqual([
      [`${VIEWER_NAME}`, AALTO.name, 'Viewer'],
      [`${EDITOR_NAME}`, AALTO.name, 'Editor'],
      [`${COMMENTER_NAME}`, VATTENFALL.name, 'Commenter'],
      [`${COORDINATOR.name}You`, COORDINATOR.institution, 'Coordinator'], // "You": the tag on their own row
    ]);
    expect(await page.getByTestId(`member-row-${need(editor.userId, 'editor id')}`).count()).toBe(1);
    expect(await page.getByTestId(`member-row-${need(commenter.userId, 'commenter id')}`).count()).toBe(1);

    const roleOf = (name: string) => page.getByLabel(`Role of ${name}`, { exact: true });
    const setRole = async (name: string, role: Role) => {
      const changed = await answer<{ member: { role: Role } }>(page, 'PATCH', /\/members\/[^/]+$/, () => roleOf(name).selectOption(role));
      expect(changed.status).toBe(200);
      expect(changed.body.member.role).toBe(role);
    };

    await setRole(EDITOR_NAME, 'viewer');
    const lowered = Date.now();
    await poll(() => editor.page.getByTestId('role-changed').innerText(), { timeout: 5_000 }).toContain('Your role changed to Viewer.');
    await poll(() => editable(editor.page), { timeout: 5_000 }).toBe('false');
    console.info(`[people] role change (lowered) reached the open dossier after ${Date.now() - lowered} ms`);
    expect(await editor.page.getByTestId('role-changed').innerText()).toContain('You can read the dossier but no longer change it.');
    await poll(() => statusText(editor.page)).toBe('Read-only');
    expect(await editor.page.locator('.topbar .me-role').innerText()).toBe(`Viewer · ${AALTO.name}`);
    // Still the document, with what was written.
    expect(await textWithoutCarets(paragraph(editor.page, KEY, 0))).toBe(SENTENCE);

    await setRole(EDITOR_NAME, 'editor');
    await poll(() => editor.page.getByTestId('role-changed').innerText(), { timeout: 5_000 }).toContain('Your role changed to Editor.');
    await poll(() => editable(editor.page), { timeout: 5_000 }).toBe('true');
    expect(await editor.page.getByTestId('role-changed').innerText()).toContain('You can edit the dossier.');
    // And writing works again, for everyone to see.
    await typeInto(editor.page, paragraph(editor.page, KEY, 0), ' Each module is worth five ECTS.');
    await poll(() => textWithoutCarets(paragraph(need(state.coordinatorDossier, 'coordinator dossier tab'), KEY, 0))).toBe(
      `${SENTENCE} Each module is worth five ECTS.`,
    );
    expect(await roleOf(EDITOR_NAME).inputValue()).toBe('editor');
    expect(editor.errors).toEqual([]);
  });

  it('removing the commenter closes their open dossier at once, and their API calls are refused', async () => {
    const { page } = need(state.coordinator, 'the coordinator from step 1');
    const commenter = need(state.commenter, 'the commenter who joined in step 3');
    expect(await commenter.page.getByTestId('access-lost').count()).toBe(0);
    const removed = await answer(page, 'DELETE', /\/members\/[^/]+$/, () =>
      page.getByRole('button', { name: `Remove ${COMMENTER_NAME}`, exact: true }).click(),
    );
    expect(removed.status).toBe(200);
    const at = Date.now();
    await commenter.page.getByTestId('access-lost').waitFor({ timeout: 2_000 });
    console.info(`[people] removal reached the open dossier after ${Date.now() - at} ms`);
    expect(await commenter.page.getByTestId('access-lost').innerText()).toContain('You no longer have access to this consortium.');
    await page.getByTestId(`member-row-${commenter.userId}`).waitFor({ state: 'detached' });
    await poll(() => page.getByTestId('members-table').locator('tbody tr').count()).toBe(3);
    await shot(commenter.page, 'access-lost');

    // The page can no longer comment, and the server refuses the person everywhere.
    expect(await commenter.page.getByTestId('add-comment').count()).toBe(0);
    const statuses = await commenter.page.evaluate(async (cid) => {
      const me = await fetch('/api/me');
      const consortium = await fetch(`/api/consortia/${cid}`);
      const members = await fetch(`/api/consortia/${cid}/members`);
      return {
        me: me.status,
        meCode: ((await me.json()) as { error?: { code?: string } }).error?.code,
        consortium: consortium.status,
        members: members.status,
      };
    }, CID);
    expect(statuses).toEqual({ me: 403, meCode: 'removed', consortium: 403, members: 403 });
    expect((await ts!.server.storage.members.get(CID, commenter.userId!))?.removedAt).toBeTruthy();
    expect(commenter.errors).toEqual([]);
    await closePerson(commenter);
  });

  it('the last coordinator can neither demote nor remove themselves: the server’s 409 is shown on their row', async () => {
    const coordinator = need(state.coordinator, 'the coordinator from step 1');
    const { page } = coordinator;
    const userId = need(coordinator.userId, 'coordinator id');
    const error = page.getByTestId(`member-error-${userId}`);

    const demoted = await answer(page, 'PATCH', new RegExp(`/members/${userId}$`), () =>
      page.getByLabel(`Role of ${COORDINATOR.name}`, { exact: true }).selectOption('editor'),
    );
    expect(demoted.status).toBe(409);
    await poll(() => error.innerText()).toContain(LAST_COORDINATOR);
    // The select shows the role that is still true.
    expect(await page.getByLabel(`Role of ${COORDINATOR.name}`, { exact: true }).inputValue()).toBe('coordinator');
    await error.getByRole('button', { name: 'Dismiss message' }).click();
    await error.waitFor({ state: 'detached' });

    const removed = await answer(page, 'DELETE', new RegExp(`/members/${userId}$`), () =>
      page.getByRole('button', { name: `Remove ${COORDINATOR.name}`, exact: true }).click(),
    );
    expect(removed.status).toBe(409);
    await poll(() => error.innerText()).toContain(LAST_COORDINATOR);
    expect(new URL(page.url()).pathname).toBe(`/c/${CID}/people`);
    expect(await ts!.server.storage.members.get(CID, userId)).toMatchObject({ role: 'coordinator', removedAt: null });
    expect(coordinator.errors).toEqual([]);
  });

  it('one person, two consortia: the editor joins another coordinator’s consortium and switches back and forth in the top bar', async () => {
    const editor = need(state.editor, 'the editor who joined in step 3');
    const { page } = editor;
    // Another programme leader starts their consortium (through the API, as a script would) and invites the editor.
    const create = await fetch(url('/api/consortia'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Digital Heritage Network',
        programmeTitle: 'Micro-credential in Digital Curation',
        coordinatorName: 'Paolo Ricci',
        partner: { name: 'Università di Bologna', country: 'IT', type: 'degree-awarding' },
      }),
    });
    expect(create.status).toBe(201);
    const other = ((await create.json()) as { consortium: { id: string } }).consortium.id;
    expect(other).toBe('digital-heritage-network');
    const token = /jointly_session=([^;]+)/.exec(create.headers.get('set-cookie') ?? '')?.[1];
    const auth = { authorization: `Bearer ${need(token, 'the new coordinator’s session')}`, 'content-type': 'application/json' };
    const partner = await fetch(url(`/api/consortia/${other}/partners`), {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: AALTO.name, country: 'FI' }),
    });
    expect(partner.status).toBe(201);
    const invite = await fetch(url(`/api/consortia/${other}/invites`), {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ role: 'commenter', partnerId: AALTO.id }),
    });
    expect(invite.status).toBe(201);
    const link = ((await invite.json()) as { url: string }).url;

    // The editor opens it while signed in: the page knows them, and joining keeps who they are.
    await page.goto(link);
    await poll(() => page.getByTestId('invite-summary').innerText()).toBe(
      `You are invited to join Digital Heritage Network as Commenter for ${AALTO.name}.`,
    );
    expect(await page.getByLabel('Your name', { exact: true }).inputValue()).toBe(EDITOR_NAME);
    expect(await page.locator('#name-hint').innerText()).toContain(`You are signed in as ${EDITOR_NAME}.`);
    const joinedAs = await join(editor, link, `You are invited to join Digital Heritage Network as Commenter for ${AALTO.name}.`);
    expect(joinedAs).toBe(editor.userId);
    expect(new URL(page.url()).pathname).toBe(`/c/${other}`);

    const switcher = page.locator('select[aria-label="Switch consortium"]');
    const meRole = page.locator('.topbar .me-role');
    await poll(() => meRole.innerText()).toBe(`Commenter · ${AALTO.name}`);
    await switcher.waitFor();
    expect(await switcher.locator('option').allInnerTexts()).toEqual(expect.arrayContaining([CONSORTIUM, 'Digital Heritage Network']));
    expect(await switcher.locator('option').count()).toBe(2);
    expect(await switcher.inputValue()).toBe(other);

    // Back to Green Skills for Europe, where they are an editor…
    await switcher.selectOption(CID);
    await page.waitForURL(url(`/c/${CID}`));
    await poll(() => meRole.innerText()).toBe(`Editor · ${AALTO.name}`);
    expect(await switcher.inputValue()).toBe(CID);
    await poll(() => page.getByTestId('chapters-table').locator('tbody tr').count()).toBe(19);
    await openDossierTab(page, 'editor');
    expect(await editable(page)).toBe('true');

    // …and forth again: the session follows the switch.
    await page.locator('select[aria-label="Switch consortium"]').selectOption(other);
    await page.waitForURL(url(`/c/${other}`));
    await poll(() => meRole.innerText()).toBe(`Commenter · ${AALTO.name}`);
    const me = await page.evaluate(() =>
      fetch('/api/me').then((r) => r.json() as Promise<{ identity: { consortiumId: string; role: string }; memberships: unknown[] }>),
    );
    expect(me.identity).toMatchObject({ consortiumId: other, role: 'commenter' });
    expect(me.memberships).toHaveLength(2);
    expect(editor.errors).toEqual([]);
  });
});
