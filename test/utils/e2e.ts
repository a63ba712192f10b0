/**
 * Helpers for the browser tests in test/e2e/: a consortium with three partners, people signed in
 * through the real /auth link (each in their own browser context), and DOM readers that ignore
 * other people's caret labels.
 */
import { existsSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './testServer.ts';
import { createConsortium } from '../../server/consortia/consortiumService.ts';
import { newPartner } from '../../server/consortia/partnerService.ts';
import type { JointlyServer } from '../../server/server.ts';
import type { Role } from '../../shared/roles.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST_INDEX = join(ROOT, 'dist', 'index.html');
export const SCREENSHOT_DIR = join(ROOT, '.tmp', 'screenshots');

/** The server serves the built client: without dist/ every page would be the "not built" text. */
export function requireBuiltClient(): void {
  if (!existsSync(DIST_INDEX)) {
    throw new Error(
      `The browser tests drive the built client, but ${DIST_INDEX} is missing. Run \`npx vite build\` (or \`npm run build\`) first.`,
    );
  }
  const built = statSync(DIST_INDEX).mtimeMs;
  const newest = newestMtime(join(ROOT, 'client'));
  if (newest > built + 1000) {
    console.warn(`[e2e] dist/ is older than client/ sources: the tests run the OLD build. Run \`npx vite build\`.`);
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * `expect.poll` with a timeout fit for browsers on a busy 2-core machine (Vitest's default is 1 s).
 * Everything the tests wait for (remote text, carets, save status) normally arrives in well under a second.
 */
export function poll<T>(check: () => T | Promise<T>, options: { timeout?: number; interval?: number; message?: string } = {}) {
  return expect.poll(check, { timeout: 10_000, interval: 50, ...options });
}

export const PARTNERS = [
  newPartner('northbridge', { name: 'University of Northbridge', country: 'NL', contactName: 'Anna de Vries' }),
  newPartner('mar', { name: 'Universitat del Mar', country: 'ES', contactName: 'Jordi Puig' }),
  newPartner('baltic', { name: 'Baltic Technical University', country: 'LT', contactName: 'Rūta Kazlauskienė' }),
];

export interface Person {
  userId: string;
  name: string;
  partnerId: string;
  role: Role;
}

export const ANNA: Person = { userId: 'anna', name: 'Anna de Vries', partnerId: 'northbridge', role: 'coordinator' };
export const JORDI: Person = { userId: 'jordi', name: 'Jordi Puig', partnerId: 'mar', role: 'editor' };
export const RUTA: Person = { userId: 'ruta', name: 'Rūta Kazlauskienė', partnerId: 'baltic', role: 'editor' };
export const VIKTOR: Person = { userId: 'viktor', name: 'Viktor Lind', partnerId: 'baltic', role: 'viewer' };

let consortiumCounter = 0;

/** A fresh consortium (three partners, dossier seeded) so that tests never share a document. */
export async function newConsortium(server: JointlyServer, label: string): Promise<string> {
  const id = `e2e-${label}-${Date.now().toString(36)}-${consortiumCounter++}`;
  await createConsortium(server.storage.consortia, {
    id,
    name: 'Digital Skills Alliance',
    programmeTitle: 'Micro-credential programme in Applied Data Literacy',
    partners: PARTNERS,
  });
  return id;
}

export async function signInUrl(server: JointlyServer, consortiumId: string, person: Person, ttlSeconds = 3600): Promise<string> {
  const token = await server.tokens.sign({ ...person, consortiumId }, ttlSeconds);
  return `${server.url}/auth?token=${token}`;
}

/** Where the dossier editor lives in the client's routes (client/main.tsx). */
export const dossierPath = (consortiumId: string) => `/c/${consortiumId}/dossier`;

export interface OpenPage {
  person: Person;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors, checked at the end of tests. */
  errors: string[];
}

export const VIEWPORT = { width: 1280, height: 860 };
export const LAPTOP = { width: 1440, height: 900 };

/**
 * Signs `person` in through /auth in a new browser context and waits until the dossier is loaded
 * (19 chapters, and for coordinators and editors an editable editor).
 */
export async function openDossier(
  browser: Browser,
  server: JointlyServer,
  consortiumId: string,
  person: Person,
  viewport = VIEWPORT,
): Promise<OpenPage> {
  // Like openAs (own context: cookies, IndexedDB), but the sign-in link only has to set the cookie:
  // it lands on the consortium's home (/c/<id>), and the dossier editor is one level down, so
  // waiting for the home page to finish loading would only cost time.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const signIn = await page.goto(await signInUrl(server, consortiumId, person), { waitUntil: 'commit' });
  expect(signIn?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(`/c/${consortiumId}`);
  await page.goto(`${server.url}${dossierPath(consortiumId)}`);
  await waitLoaded(page, person.role);
  return { person, context, page, errors };
}

export async function waitLoaded(page: Page, role: Role = 'editor'): Promise<void> {
  try {
    await poll(() => page.locator('section.chapter').count(), { timeout: 15_000 }).toBe(19);
    if (role === 'coordinator' || role === 'editor') {
      await page.locator('.ProseMirror[contenteditable="true"]').waitFor({ timeout: 15_000 });
    }
    // The text opens before the page around it (client/boot/dossierFirst.ts): loaded means the page too.
    await page.waitForFunction(() => !document.documentElement.classList.contains('early-dossier'), null, { timeout: 15_000 });
  } catch (error) {
    // Say what the person would see instead of just "0 chapters".
    const seen = await page
      .locator('body')
      .innerText()
      .catch(() => '(page not readable)');
    throw new Error(`The dossier did not load at ${page.url()}; the page shows:\n${seen.slice(0, 600)}`, { cause: error });
  }
}

export const chapter = (page: Page, key: string): Locator => page.locator(`section.chapter[data-key="${key}"]`);

/** The n-th paragraph (0-based) of a chapter's own text: the template gives each prompt one empty paragraph. */
export const paragraph = (page: Page, key: string, n = 0): Locator => chapter(page, key).locator('.chapter-body > p').nth(n);

/** Text of an element without other people's caret labels (they are rendered inside the paragraphs). */
export async function textWithoutCarets(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret, .collaboration-carets__label').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });
}

/** Each paragraph of a chapter's text, carets stripped. */
export async function paragraphTexts(page: Page, key: string): Promise<string[]> {
  return chapter(page, key)
    .locator('.chapter-body > p')
    .evaluateAll((els) =>
      els.map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.collaboration-carets__caret, .collaboration-carets__label').forEach((n) => n.remove());
        return copy.textContent ?? '';
      }),
    );
}

export const chapterText = (page: Page, key: string) => textWithoutCarets(chapter(page, key).locator('.chapter-body'));

/** Clicks into a paragraph, moves to its end and types like a person would. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await target.click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

export const statusText = (page: Page) => page.getByTestId('save-status').innerText();

/** `saved`: the words in the page's interface language (English unless the test chose another). */
export async function expectSaved(page: Page, timeout = 10_000, saved = 'All changes saved'): Promise<void> {
  await poll(() => statusText(page), { timeout }).toBe(saved);
}

/** Avatar titles in the sidebar row of a chapter: other people by name, oneself as "<name> (you)". */
export async function peopleIn(page: Page, key: string): Promise<string[]> {
  return page
    .getByTestId(`people-${key}`)
    .locator('.avatar')
    .evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
}

/** Titles of the other people's avatars in the header ("<name> · <partner>"). */
export async function presenceTitles(page: Page): Promise<string[]> {
  return page
    .getByTestId('presence')
    .locator('.avatar')
    .evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
}

/**
 * The names on other people's carets anywhere in the dossier. Text, not `innerText`: chapters out of
 * sight are not rendered (`content-visibility: auto`), and `innerText` of unrendered text is empty.
 */
export async function caretLabels(page: Page): Promise<string[]> {
  return page.locator('.collaboration-carets__label').allTextContents();
}

/** The caret names a person sees on a paragraph once they scroll to it (as they would to look). */
export async function caretLabelsSeenIn(paragraphLocator: Locator): Promise<string[]> {
  await paragraphLocator.scrollIntoViewIfNeeded();
  return paragraphLocator.locator('.collaboration-carets__label').allInnerTexts();
}

/** The chapters as rendered: key, kicker ("Chapter N") and title, in document order. */
export async function chapterHeads(page: Page): Promise<{ key: string; kicker: string; title: string }[]> {
  return page.locator('section.chapter').evaluateAll((els) =>
    els.map((el) => ({
      key: (el as HTMLElement).dataset.key ?? '',
      kicker: el.querySelector('.chapter-kicker')?.textContent ?? '',
      title: el.querySelector('.chapter-title')?.textContent ?? '',
    })),
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Closes contexts even when some already died; never throws (used in afterEach). */
export async function closeAll(pages: OpenPage[]): Promise<void> {
  await Promise.allSettled(pages.splice(0).map((p) => p.context.close()));
}

export interface BrowserSuite {
  /** The real server (in-process, port 0, SQLite in a temp dir). */
  readonly ts: TestServer;
  readonly browser: Browser;
  /** Pages opened by a test: closed after each test. */
  readonly open: OpenPage[];
}

/**
 * Registers the hooks every browser test file needs (built client, server, Chromium; pages closed
 * after each test, everything after the file) and returns live accessors to them.
 */
export function browserSuite(): BrowserSuite {
  let ts: TestServer | undefined;
  let browser: Browser | undefined;
  const open: OpenPage[] = [];
  beforeAll(async () => {
    requireBuiltClient();
    ts = await startTestServer();
    browser = await launchBrowser();
  });
  afterEach(async () => closeAll(open));
  afterAll(async () => {
    await closeAll(open);
    await browser?.close();
    await ts?.stop();
  });
  return {
    get ts() {
      return ts!;
    },
    get browser() {
      return browser!;
    },
    open,
  };
}

/** Selects `phrase` in the chapter's text with a DOM selection, as a mouse drag would. */
export async function selectPhrase(page: Page, key: string, phrase: string): Promise<void> {
  const found = await chapter(page, key)
    .locator('.chapter-body')
    .evaluate((body, text) => {
      // As a mouse selection does, the text takes the focus first (where it can: a commenter's text
      // takes a caret; a viewer's does not), so the editor owns the selection it then holds.
      (body.closest('.ProseMirror') as HTMLElement | null)?.focus({ preventScroll: true });
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest('.collaboration-carets__caret')) continue;
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }
      return false;
    }, phrase);
  expect(found, `"${phrase}" not found in ${key}`).toBe(true);
}
