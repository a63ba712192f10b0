/**
 * The interface in French, German, Spanish and Dutch, as people meet it: a newcomer whose browser
 * speaks the language (start, sign-in and invitation pages), and partners who chose it on their
 * account (every consortium page). No page may fall back to the English of a translated message.
 * Then a French-speaking and a Dutch-speaking partner write in the same chapter, each in their own
 * interface, and see each other's words exactly as typed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LOCALES, type Locale } from '../../shared/i18n/locales.ts';
import { en } from '../../client/i18n/messages/en.ts';
import { de } from '../../client/i18n/messages/de.ts';
import { es } from '../../client/i18n/messages/es.ts';
import { fr } from '../../client/i18n/messages/fr.ts';
import { nl } from '../../client/i18n/messages/nl.ts';
import type { Translation } from '../../client/i18n/messages/en.ts';
import { EDITOR_WORDS } from '../../shared/i18n/chapterText.ts';
import { de as dePack } from '../../shared/i18n/content/packs/de.ts';
import {
  ANNA,
  browserSuite,
  chapterText,
  dossierPath,
  JORDI,
  newConsortium,
  paragraph,
  poll,
  RUTA,
  signInUrl,
  typeInto,
  VIEWPORT,
  waitLoaded,
  type Person,
} from '../utils/e2e.ts';
import { recordTextsShown, textsShown } from '../utils/textsShown.ts';

const suite = browserSuite();
const TRANSLATIONS: Record<Exclude<Locale, 'en'>, Translation> = { fr, de, es, nl };
const OTHERS = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');

/** Wording shared/ modules also produce (readiness labels, chapter titles): translated there, not by these catalogues. */
const sharedWords = (() => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
    });
  return files(join(import.meta.dirname, '../../shared')).join('\n');
})();

/**
 * English sentences that would betray a missing translation: messages without placeholders whose
 * translation differs, long enough (12+ characters) not to coincide with a partner's own words.
 */
function englishTells(locale: Exclude<Locale, 'en'>): string[] {
  return Object.entries(en)
    .filter(([key, text]) => !text.includes('{') && text.length >= 12 && TRANSLATIONS[locale][key as keyof typeof en] !== text)
    .filter(([, text]) => !sharedWords.includes(`'${text}'`))
    .map(([, text]) => text);
}

async function englishOn(page: Page, locale: Exclude<Locale, 'en'>): Promise<string[]> {
  const seen = await page.evaluate(() => {
    // Visible text plus what people hear or hover: labels, titles, placeholders.
    const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, ...attrs].join('\n');
  });
  return englishTells(locale).filter((text) => seen.includes(text));
}

/** Waits until the page shows `marker` (a message in the page's language), so the check reads the finished page. */
async function shows(page: Page, locale: Locale, marker: string) {
  await poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe(locale);
  await poll(() => page.evaluate((m) => document.body.innerText.includes(m), marker), {
    timeout: 20_000,
    message: `"${marker}" not shown`,
  }).toBe(true);
}

/** Placeholders (such as a due date's example) wider than their field: the reader sees them cut off. */
function cutPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ruler = document.createElement('canvas').getContext('2d')!;
    return [...document.querySelectorAll<HTMLInputElement>('input[placeholder]')]
      .filter((input) => input.offsetParent !== null)
      .filter((input) => {
        const style = getComputedStyle(input);
        // The computed `font` shorthand is empty in Chromium; its parts are not.
        ruler.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return ruler.measureText(input.placeholder).width > room + 0.5;
      })
      .map((input) => input.placeholder);
  });
}

async function signedInPage(person: Person, cid: string, locale: Locale): Promise<Page> {
  await suite.ts.server.services.accounts.setLocale(person.userId, person.name, locale);
  const context = await suite.browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  suite.open.push({ person, context, page, errors });
  await page.goto(await signInUrl(suite.ts.server, cid, person), { waitUntil: 'commit' });
  return page;
}

it('every page speaks the chosen language, from the browser before signing in and from the account after', async () => {
  const cid = await newConsortium(suite.ts.server, 'languages');
  const anna = { ...ANNA, consortiumId: cid };
  const { code } = await suite.ts.server.services.invites.create(anna, cid, { role: 'editor', partnerId: 'mar', label: '', maxUses: 10 });
  const leaks: string[] = [];
  const cut: string[] = [];
  // A second member, so the People page shows its widest rows (the "same person as…" action).
  const jordi = await suite.ts.server.tokens.sign({ ...JORDI, consortiumId: cid }, 600);
  expect((await fetch(`${suite.ts.server.url}/api/me`, { headers: { authorization: `Bearer ${jordi}` } })).status).toBe(200);

  for (const locale of OTHERS) {
    const m = { ...en, ...TRANSLATIONS[locale] };
    // A newcomer: nothing chosen yet, the browser's language decides.
    const context = await suite.browser.newContext({ viewport: VIEWPORT, locale: `${locale}-${locale.toUpperCase()}` });
    const page = await context.newPage();
    suite.open.push({ person: ANNA, context, page, errors: [] });
    const signedOut: [string, string][] = [
      ['/', m['home.title']],
      ['/signin', m['signIn.title']],
      [`/join/${code}`, m['join.title'].replace('{name}', 'Digital Skills Alliance')],
    ];
    for (const [path, marker] of signedOut) {
      await page.goto(`${suite.ts.server.url}${path}`);
      await shows(page, locale, marker);
      leaks.push(...(await englishOn(page, locale)).map((text) => `${locale} ${path}: "${text}"`));
      if (locale === 'de' || path === '/') await page.screenshot({ path: `/tmp/i18n-ui-${locale}${path.replace(/\W+/g, '-')}.png` });
    }

    // A coordinator who chose the language on their account (their browser says English).
    const coordinator = await signedInPage(ANNA, cid, locale);
    const signedIn: [string, string][] = [
      [`/c/${cid}`, m['dash.title']],
      [dossierPath(cid), m['dossier.history']],
      [`/c/${cid}/partners`, m['partners.title']],
      [`/c/${cid}/people`, m['tabs.people']],
      [`/c/${cid}/readiness`, m['readiness.title']],
      ['/account', m['account.title']],
    ];
    for (const [path, marker] of signedIn) {
      await coordinator.goto(`${suite.ts.server.url}${path}`);
      await shows(coordinator, locale, marker);
      if (path === dossierPath(cid)) {
        await waitLoaded(coordinator, 'coordinator');
        // The chapters' workflow bars (with their due dates) load once the text is drawn.
        await coordinator.getByTestId('meta-concept').locator('input[placeholder]').first().waitFor();
        cut.push(...(await cutPlaceholders(coordinator)).map((text) => `${locale}: "${text}"`));
      }
      // The people table fits its region: it once scrolled sideways in German, hiding "Entfernen".
      if (path.endsWith('/people'))
        expect(
          await coordinator.locator('.table-scroll[aria-labelledby="members-heading"]').evaluate((el) => el.scrollWidth - el.clientWidth),
          `${locale}: people table wider than its region`,
        ).toBeLessThanOrEqual(0);
      // The device list names this browser in the reader's words (the server stores them in English).
      if (path === '/account')
        expect(await coordinator.getByTestId('sessions').innerText()).toContain(
          m['account.deviceOn']!.replace('{browser}', 'Chrome').replace('{system}', 'Linux'),
        );
      leaks.push(...(await englishOn(coordinator, locale)).map((text) => `${locale} ${path}: "${text}"`));
      if (locale === 'de' || path === dossierPath(cid))
        await coordinator.screenshot({ path: `/tmp/i18n-ui-${locale}${path.replace(cid, 'c').replace(/\W+/g, '-')}.png` });
    }
    await page.context().close();
    await coordinator.context().close();
    suite.open.splice(0);
  }
  expect(leaks).toEqual([]);
  expect([...new Set(cut)]).toEqual([]);
}, 600_000);

it('on a new device the first page is drawn in the account’s language, not the browser’s, with no flash of English', async () => {
  const cid = await newConsortium(suite.ts.server, 'new-device');
  await suite.ts.server.services.accounts.setLocale(JORDI.userId, JORDI.name, 'de');
  const context = await suite.browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  // Everything the page ever shows, from its first paint on.
  await recordTextsShown(context);
  const page = await context.newPage();
  suite.open.push({ person: JORDI, context, page, errors: [] });
  await page.goto(await signInUrl(suite.ts.server, cid, JORDI));
  await shows(page, 'de', de['dash.title']!);
  const seen = await textsShown(page);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((text) => text.includes(en['app.opening']) || text.includes(en['dash.title']))).toEqual([]);
});

it('the language menu changes the interface at once and keeps the choice with the account', async () => {
  const cid = await newConsortium(suite.ts.server, 'language-menu');
  const page = await signedInPage(ANNA, cid, 'en');
  await page.goto(`${suite.ts.server.url}/c/${cid}/partners`);
  await shows(page, 'en', en['partners.title']);
  await page.getByRole('combobox', { name: en['language.choose'] }).selectOption({ label: 'Español' });
  await shows(page, 'es', es['partners.title']!);
  await poll(async () => (await suite.ts.server.storage.accounts.get(ANNA.userId))?.locale).toBe('es');
  await page.reload();
  await shows(page, 'es', es['partners.title']!);
}, 60_000);

it('switching language in the dossier redraws chapter headings and summaries in it, once its words have arrived', async () => {
  // Headings live outside the message catalogue, in a per-language pack fetched with it: the sidebar
  // and the editor's chapter heads must wait for that pack, not show English under a German menu.
  const cid = await newConsortium(suite.ts.server, 'language-switch-dossier');
  const page = await signedInPage(ANNA, cid, 'en');
  await page.goto(`${suite.ts.server.url}${dossierPath(cid)}`);
  await waitLoaded(page);
  await expect(page.locator('#chapter-vision .chapter-title').textContent()).resolves.toBe('Shared vision');
  await page.getByRole('combobox', { name: en['language.choose'] }).selectOption({ label: 'Deutsch' });
  await shows(page, 'de', de['dossier.history']!);
  await poll(() => page.locator('#chapter-vision .chapter-title').textContent()).toBe(dePack.chapters.vision.title);
  await poll(() => page.locator('[data-chapter-link="vision"] .chapter-link-title').textContent()).toBe(dePack.chapters.vision.title);
  expect(await page.locator('#chapter-vision').innerText()).toContain(dePack.chapters.vision.summary);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
}, 60_000);

it('a language picked while the account’s answer is still on its way stays picked when that answer arrives', async () => {
  // The page asks the account's language at start; on a slow link the answer (English, chosen
  // earlier) can come after the person has already picked German, and must not switch back.
  const cid = await newConsortium(suite.ts.server, 'language-pick-race');
  const page = await signedInPage(ANNA, cid, 'en');
  const held: (() => Promise<void>)[] = [];
  let asked = 0;
  await page.route(/\/api\/me(\?|$)/, async (route) => {
    // The first question (the dossier's own, asked with the first script) passes; later ones are
    // answered by the server now (English) but reach the page only when released.
    if (asked++ === 0) return route.continue();
    const response = await route.fetch();
    held.push(() => route.fulfill({ response }));
  });
  await page.goto(`${suite.ts.server.url}${dossierPath(cid)}`);
  await waitLoaded(page);
  await poll(() => held.length, { message: 'the language provider did not ask for the account' }).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: en['language.choose'] }).selectOption({ label: 'Deutsch' });
  await shows(page, 'de', de['dossier.history']!);
  await poll(async () => (await suite.ts.server.storage.accounts.get(ANNA.userId))?.locale).toBe('de');
  // The held answers were read before the pick reached the server: they say English.
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/me');
  for (const release of held.splice(0)) await release();
  await answered;
  // Checking that nothing changes: give the answers' handlers a moment to run, then look.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  expect(await page.locator('#chapter-vision .chapter-title').textContent()).toBe(dePack.chapters.vision.title);
}, 60_000);

it('a French-speaking and a Dutch-speaking partner co-edit a chapter, each in their own interface', async () => {
  const cid = await newConsortium(suite.ts.server, 'fr-nl');
  const amelie = await signedInPage(ANNA, cid, 'fr');
  const ruta = await signedInPage(RUTA, cid, 'nl');
  for (const page of [amelie, ruta]) {
    await page.goto(`${suite.ts.server.url}${dossierPath(cid)}`);
    await waitLoaded(page);
  }
  await shows(amelie, 'fr', fr['dossier.history']!);
  await shows(ruta, 'nl', nl['dossier.history']!);
  expect(await amelie.locator('nav.tabs').innerText()).toContain(fr['tabs.partners']);
  expect(await ruta.locator('nav.tabs').innerText()).toContain(nl['tabs.people']);

  // The prompt in an empty paragraph is part of the interface, so each sees it in their own language.
  const emptyPrompt = (page: Page) =>
    page
      .locator('.chapter-body p.is-empty')
      .first()
      .evaluate((p) => getComputedStyle(p, '::before').content.replace(/^"|"$/g, ''));
  expect(await emptyPrompt(amelie)).toBe(EDITOR_WORDS.fr.emptyWriter);
  expect(await emptyPrompt(ruta)).toBe(EDITOR_WORDS.nl.emptyWriter);

  // Each writes in their own language; the other sees the words exactly as typed, never translated.
  const french = 'Les acquis d’apprentissage sont évalués à la fin de chaque unité.';
  const dutch = 'De leerresultaten worden aan het eind van elke eenheid getoetst.';
  await typeInto(amelie, paragraph(amelie, 'vision'), french);
  await poll(() => chapterText(ruta, 'vision'), { timeout: 15_000 }).toContain(french);
  await typeInto(ruta, paragraph(ruta, 'vision'), ` ${dutch}`);
  await poll(() => chapterText(amelie, 'vision'), { timeout: 15_000 }).toContain(`${french} ${dutch}`);
  await poll(() => amelie.getByTestId('save-status').innerText()).toBe(fr['save.saved']);
  await poll(() => ruta.getByTestId('save-status').innerText()).toBe(nl['save.saved']);
  await amelie.screenshot({ path: '/tmp/i18n-ui-co-edit-fr.png' });
  await ruta.screenshot({ path: '/tmp/i18n-ui-co-edit-nl.png' });
}, 120_000);

it('a German coordinator importing a faulty units CSV reads every problem in German', async () => {
  const cid = await newConsortium(suite.ts.server, 'csv-de');
  const page = await signedInPage(ANNA, cid, 'de');
  await page.goto(`${suite.ts.server.url}${dossierPath(cid)}`);
  await waitLoaded(page, 'coordinator');
  await page.getByTestId('programme-toggle').click();
  const csv = 'title,partners,ects,colour\nEthik,Niemand,-4,rot\n,,5,\n';
  await page.getByTestId('import-units').setInputFiles({ name: 'einheiten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const errors = page.getByTestId('import-errors');
  await poll(() => errors.innerText()).toContain('Unbekannte Spalte „colour“');
  await page
    .getByTestId('import-units')
    .setInputFiles({ name: 'einheiten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace(',colour', '').replace(',rot', '')) });
  await poll(() => errors.innerText()).toContain('„Niemand“ ist kein Partner dieses Konsortiums');
  const text = await errors.innerText();
  expect(text).toContain('Einige Zeilen der Datei konnten nicht gelesen werden');
  expect(text).toContain('Zeile 3, title: Jede Einheit braucht einen Titel.');
  expect(text).toMatch(/Zeile 2, ects: .*−?-?4/);
  for (const english of ['is not a partner', 'needs a title', 'must be', 'problem(s)']) expect(text).not.toContain(english);
});
