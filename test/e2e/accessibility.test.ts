/**
 * WCAG 2.1 AA (issue 16): axe-core on every page, with zero violations; a keyboard-only journey;
 * a commenter commenting without a mouse; reduced motion respected.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../utils/browser.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { startOidcProvider, type TestOidcProvider } from '../utils/oidcProvider.ts';
import { axeViolations, describeViolations, markChecked } from '../utils/axe.ts';
import {
  ANNA,
  chapter,
  dossierPath,
  newConsortium,
  paragraph,
  poll,
  requireBuiltClient,
  screenshot,
  signInUrl,
  textWithoutCarets,
  typeInto,
  VIEWPORT,
  waitLoaded,
  type Person,
} from '../utils/e2e.ts';
import { describeFocus, tabTo } from '../utils/keyboard.ts';
import type { Role } from '../../shared/roles.ts';

const CARLA: Person = { userId: 'carla', name: 'Carla Moreno', partnerId: 'mar', role: 'commenter' };

let provider: TestOidcProvider;
let ts: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  requireBuiltClient();
  provider = await startOidcProvider();
  ts = await startTestServer({
    host: 'localhost',
    oidcIssuer: provider.issuer,
    oidcClientId: provider.clientId,
    oidcClientSecret: provider.clientSecret,
    oidcName: 'Northbridge account',
  });
  provider.allowRedirect(`${ts.server.url}/api/signin/oidc/callback`);
  browser = await launchBrowser();
});
afterEach(async () => {
  await Promise.allSettled(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await ts?.stop();
  await provider?.stop();
});

async function newPage(options: { reducedMotion?: 'reduce' } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, ...options });
  contexts.push(context);
  return context.newPage();
}

/** Runs axe on the page as it is now and keeps what it found under a name. */
async function audit(found: string[], page: Page, name: string): Promise<void> {
  await screenshot(page, `a11y-${name}`);
  const violations = await axeViolations(page);
  markChecked(page);
  if (violations.length > 0) found.push(describeViolations(name, violations));
}

/** A new page signed in as `person`, on the consortium's dossier, loaded. */
async function dossierAs(cid: string, person: Person, role: Role): Promise<Page> {
  const page = await newPage();
  await page.goto(await signInUrl(ts.server, cid, person));
  await page.goto(`${ts.server.url}${dossierPath(cid)}`);
  await waitLoaded(page, role);
  return page;
}

describe('every page passes axe (WCAG 2.0/2.1 A and AA)', () => {
  it(
    'home, sign-in, join, overview, dossier with comments, partners, people, readiness, account and history',
    { timeout: 300_000 },
    async () => {
      const cid = await newConsortium(ts.server, 'axe');
      const found: string[] = [];
      const page = await newPage();

      await page.goto(`${ts.server.url}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await audit(found, page, 'home');

      await page.goto(`${ts.server.url}/signin`);
      await page.getByRole('link', { name: 'Sign in with Northbridge account' }).waitFor();
      await audit(found, page, 'sign-in');

      const { code } = await ts.server.services.invites.create({ ...ANNA, consortiumId: cid }, cid, {
        role: 'editor',
        partnerId: 'mar',
        label: '',
        maxUses: 10,
      });
      await page.goto(`${ts.server.url}/join/${code}`);
      await page.getByLabel('Your name').waitFor();
      await audit(found, page, 'join');

      await page.goto(await signInUrl(ts.server, cid, ANNA));
      await page.getByTestId('chapters-table').waitFor();
      await audit(found, page, 'overview');

      await page.goto(`${ts.server.url}${dossierPath(cid)}`);
      await waitLoaded(page, 'coordinator');
      await audit(found, page, 'dossier');
      // With a conversation open beside the text, and a chapter's history.
      await typeInto(page, paragraph(page, 'concept', 0), 'Learners finish with a portfolio.');
      await selectAll(page, 'concept');
      await page.keyboard.press('Control+Alt+M');
      const composer = page.getByTestId('thread-panel').locator('form.composer');
      await composer.getByLabel('Comment').fill('Which portfolio format?');
      await composer.getByRole('button', { name: 'Comment' }).click();
      await page.getByTestId('thread-panel').getByTestId('message').getByText('Which portfolio format?').waitFor();
      await audit(found, page, 'dossier with comments');
      await chapter(page, 'concept').getByRole('button', { name: 'History', exact: true }).click();
      await page.getByTestId('history-panel').waitFor();
      await page.getByTestId('history-panel').locator('.history-empty, [data-testid="history-version"]').first().waitFor();
      await audit(found, page, 'history');

      for (const section of ['partners', 'people', 'readiness'] as const) {
        await page.goto(`${ts.server.url}/c/${cid}/${section}`);
        await page.locator('main.page h1, main.page h2').first().waitFor();
        await poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
        await audit(found, page, section);
      }

      provider.signInAs({ sub: 'nb-0077', name: 'Lea Brandt', email: 'lea@northbridge.example', email_verified: true });
      const account = await newPage();
      await account.goto(`${ts.server.url}/signin`);
      await account.getByRole('link', { name: 'Sign in with Northbridge account' }).click();
      await poll(() => new URL(account.url()).pathname).toBe('/');
      await account.goto(`${ts.server.url}/account`);
      await account.getByTestId('sessions').waitFor();
      await audit(found, account, 'account');

      expect(found.join('\n\n')).toBe('');
    },
  );
});

/** Selects the whole first paragraph of a chapter with the keyboard (Home, then Shift+End). */
async function selectAll(page: Page, key: string): Promise<void> {
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).not.toBe('');
  expect(
    await page.evaluate(
      () => document.getSelection()?.anchorNode?.parentElement?.closest('section.chapter')?.getAttribute('data-key') ?? '',
    ),
  ).toBe(key);
}

describe('keyboard only', () => {
  it(
    'from the overview to a chapter: type, comment on a selection, sign off and export, without the mouse',
    { timeout: 300_000 },
    async () => {
      const cid = await newConsortium(ts.server, 'keys');
      const page = await newPage();
      await page.goto(await signInUrl(ts.server, cid, ANNA));
      await page.getByTestId('chapters-table').waitFor();

      // The first Tab stop is the skip link; the dossier is a tab in the header.
      await page.keyboard.press('Tab');
      expect(await describeFocus(page)).toBe('a: Skip to content');
      await screenshot(page, 'a11y-focus-skip-link');
      await tabTo(page, 'a: Dossier');
      await page.keyboard.press('Enter');
      await waitLoaded(page, 'coordinator');

      // "Skip to the text" first, and it puts the caret into the text, with a visible outline.
      await page.keyboard.press('Tab');
      expect(await describeFocus(page)).toBe('a: Skip to the text');
      await page.keyboard.press('Enter');
      expect(await describeFocus(page)).toBe('textbox: Dossier text');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).toBe('solid');
      await screenshot(page, 'a11y-focus-editor');

      // Choosing a chapter in the sidebar moves the focus into that chapter's text.
      await tabTo(page, /^button: 9 .*Joint curriculum/, { backwards: true });
      await screenshot(page, 'a11y-focus-sidebar');
      await page.keyboard.press('Enter');
      expect(await describeFocus(page)).toBe('textbox: Dossier text');
      await page.keyboard.type('Each partner teaches two modules');
      await poll(() => textWithoutCarets(paragraph(page, 'curriculum', 0))).toBe('Each partner teaches two modules');

      // Put the chapter in review (the status select), sign off and export it, all from the keyboard.
      const inChapter = { within: '[data-key="curriculum"]' };
      // Tab from the text goes on to the next chapter's bar, Shift+Tab back to this chapter's own (the
      // browser's own order went from anywhere in the text to the first chapter's bar, far away).
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('section.chapter')?.getAttribute('data-key'))).toBe('qualification');
      await chapter(page, 'curriculum').locator('.chapter-body p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('section.chapter')?.getAttribute('data-key'))).toBe('curriculum');
      await tabTo(page, 'combobox: Chapter status', { ...inChapter, backwards: true });
      for (let i = 0; i < 4 && (await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) !== 'in-review'; i++) {
        await page.keyboard.press('ArrowDown');
      }
      await poll(() => chapter(page, 'curriculum').getByLabel('Chapter status').inputValue()).toBe('in-review');
      await tabTo(page, 'button: Sign off for University of Northbridge', inChapter);
      await page.keyboard.press('Enter');
      await poll(() => page.getByTestId('signoff-curriculum-northbridge').getAttribute('data-state')).toBe('signed');
      expect(await page.getByTestId('signoff-curriculum-northbridge').innerText()).toContain('signed off');
      await screenshot(page, 'a11y-focus-signed');
      await tabTo(page, /^summary: Export/, { ...inChapter, backwards: true });
      await page.keyboard.press('Enter');
      // A menu: the arrows move through it, Escape closes it and gives the focus back to its button.
      await page.keyboard.press('ArrowDown');
      expect(await describeFocus(page)).toBe('menuitem: Word (.docx)');
      await page.keyboard.press('ArrowDown');
      expect(await describeFocus(page)).toBe('menuitem: PDF');
      await page.keyboard.press('End');
      expect(await describeFocus(page)).toBe('menuitemcheckbox: Add open comments as an appendix');
      await page.keyboard.press('Escape');
      expect(await describeFocus(page)).toMatch(/^summary: Export/);
      expect(await chapter(page, 'curriculum').locator('details.export-menu').getAttribute('open')).toBeNull();
      // ArrowDown on the button opens it at its first item.
      await page.keyboard.press('ArrowDown');
      expect(await describeFocus(page)).toBe('menuitem: Word (.docx)');
      await screenshot(page, 'a11y-focus-export');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);

      // Back to the chapter from the sidebar; select "two modules" with Shift+Arrow; Tab reaches the
      // Comment button, and Enter opens the comment box.
      await tabTo(page, /^button: 9 .*Joint curriculum/);
      await page.keyboard.press('Enter');
      expect(await describeFocus(page)).toBe('textbox: Dossier text');
      await page.keyboard.press('End');
      for (let i = 0; i < 'two modules'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
      await poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('two modules');
      await page.getByTestId('add-comment').waitFor();
      await page.keyboard.press('Tab');
      expect(await describeFocus(page)).toBe('button: Comment');
      expect(await page.getByTestId('add-comment').getAttribute('title')).toContain('Ctrl+Alt+M');
      await screenshot(page, 'a11y-focus-comment-button');
      await page.keyboard.press('Enter');
      expect(await describeFocus(page)).toBe('textbox: Comment');
      await page.keyboard.type('Which two?');
      await tabTo(page, 'button: Comment');
      await page.keyboard.press('Enter');
      await page.getByTestId('thread-panel').getByTestId('message').getByText('Which two?').waitFor();
      // The commented text tells a screen reader what was said about it.
      await poll(() => chapter(page, 'curriculum').locator('.comment-highlight').first().getAttribute('title')).toBe(
        'Commented by Anna de Vries: Which two?',
      );
    },
  );

  it('the editor toolbar is one Tab stop, and the arrow keys move between its controls', async () => {
    const cid = await newConsortium(ts.server, 'toolbar-keys');
    const page = await newPage();
    await page.goto(await signInUrl(ts.server, cid, ANNA));
    await page.goto(`${ts.server.url}/c/${cid}/dossier`);
    await waitLoaded(page, 'coordinator');
    const toolbar = page.getByRole('toolbar');
    await poll(() => toolbar.locator('[tabindex="0"]').count()).toBe(1);

    // From the text, Shift+Tab lands on the toolbar once, on its first control; one more leaves it.
    await page.locator('.ProseMirror').focus();
    await tabTo(page, 'button: B Bold (Ctrl+B)', { backwards: true });
    await page.keyboard.press('ArrowRight');
    expect(await describeFocus(page)).toBe('button: I Italic (Ctrl+I)');
    await page.keyboard.press('End');
    expect(await describeFocus(page)).toBe('combobox: Text language');
    await page.keyboard.press('ArrowRight');
    expect(await describeFocus(page)).toBe('button: B Bold (Ctrl+B)');
    await page.keyboard.press('ArrowLeft');
    expect(await describeFocus(page)).toBe('combobox: Text language');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await describeFocus(page)).toBe('button: S Strikethrough');
    await screenshot(page, 'a11y-focus-toolbar');
    // Leaving and coming back returns to the control last used: the toolbar holds one Tab stop.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="toolbar"]') === null)).toBe(true);
    // Back from the text (through the first chapter's own bar, which Shift+Tab from its text reaches first).
    const inToolbar = () => page.evaluate(() => !!document.activeElement?.closest('[role="toolbar"]'));
    for (let i = 0; i < 30 && !(await inToolbar()); i++) await page.keyboard.press('Shift+Tab');
    expect(await describeFocus(page)).toBe('button: S Strikethrough');
    expect(await toolbar.locator('[tabindex="0"]').count()).toBe(1);
  });

  it('a commenter places a caret in the read-only text, selects and comments without a mouse', async () => {
    const cid = await newConsortium(ts.server, 'commenter');
    const anna = await dossierAs(cid, ANNA, 'coordinator');
    await typeInto(anna, paragraph(anna, 'concept', 0), 'Learners finish with a portfolio.');

    const carla = await dossierAs(cid, CARLA, 'commenter');
    await poll(() => textWithoutCarets(paragraph(carla, 'concept', 0))).toBe('Learners finish with a portfolio.');
    // Anna hears (politely) that Carla came in.
    await poll(() => anna.getByTestId('presence-announcer').innerText()).toBe('Carla Moreno (Universitat del Mar) joined');

    await carla.keyboard.press('Tab');
    expect(await describeFocus(carla)).toBe('a: Skip to the text');
    await carla.keyboard.press('Enter');
    expect(await describeFocus(carla)).toBe('textbox: Dossier text');
    expect(await carla.locator('.ProseMirror').getAttribute('aria-readonly')).toBe('true');
    // Typing changes nothing: the text is the partners', a commenter only comments.
    await carla.keyboard.type('xyz');
    await carla.keyboard.press('Backspace');
    await carla.keyboard.press('Enter');
    expect(await textWithoutCarets(paragraph(carla, 'concept', 0))).toBe('Learners finish with a portfolio.');
    await carla.keyboard.press('End');
    for (let i = 0; i < 'a portfolio.'.length; i++) await carla.keyboard.press('Shift+ArrowLeft');
    await poll(() => carla.evaluate(() => document.getSelection()?.toString())).toBe('a portfolio.');
    await screenshot(carla, 'a11y-commenter-selection');
    await carla.keyboard.press('Control+Alt+M');
    expect(await describeFocus(carla)).toBe('textbox: Comment');
    await carla.keyboard.type('Which portfolio tool?');
    await tabTo(carla, 'button: Comment');
    await carla.keyboard.press('Enter');
    await anna.getByTestId('thread-panel').getByTestId('message').getByText('Which portfolio tool?').waitFor();
    expect(await textWithoutCarets(paragraph(anna, 'concept', 0))).toBe('Learners finish with a portfolio.');
  });

  it('History opens as a dialog that takes the focus; Escape closes it and the focus is back on its button', async () => {
    const cid = await newConsortium(ts.server, 'history-keys');
    const anna = await dossierAs(cid, ANNA, 'coordinator');
    const chapterHistory = anna.locator('section.chapter[data-key="concept"]').getByRole('button', { name: 'History' });
    await chapterHistory.focus();
    await anna.keyboard.press('Enter');
    await poll(() => describeFocus(anna)).toBe('dialog: Chapter history');
    // Tab goes on inside it: first to its naming field.
    await anna.keyboard.press('Tab');
    expect(await anna.evaluate(() => !!document.activeElement?.closest('[data-testid="history-panel"]'))).toBe(true);
    await anna.keyboard.press('Escape');
    await poll(() => anna.getByTestId('history-panel').count()).toBe(0);
    expect(await describeFocus(anna)).toBe('button: History');
    expect(await anna.evaluate(() => document.activeElement?.closest('section.chapter')?.getAttribute('data-key'))).toBe('concept');

    // The dossier's history, opened with the mouse, closes with Escape as well, also after a compare
    // opened with the mouse took away the button that was pressed.
    await anna.getByRole('button', { name: 'History of the dossier' }).click();
    await poll(() => describeFocus(anna)).toBe('dialog: Dossier history');
    await anna.getByRole('textbox', { name: 'Version name' }).fill('Before the review');
    await anna.getByRole('button', { name: 'Save version' }).click();
    await anna.getByTestId('history-panel').getByRole('button', { name: 'Compare with now' }).first().click();
    await poll(() => anna.evaluate(() => !!document.activeElement?.closest('[data-testid="history-panel"]'))).toBe(true);
    await anna.keyboard.press('Escape');
    await poll(() => anna.getByTestId('history-panel').count()).toBe(0);
    expect(await describeFocus(anna)).toBe('button: History of the dossier');
  });

  it('Ctrl+Enter sends a comment or a reply; Enter starts a new line; an empty box sends nothing', async () => {
    const cid = await newConsortium(ts.server, 'ctrl-enter');
    const anna = await dossierAs(cid, ANNA, 'coordinator');
    await typeInto(anna, paragraph(anna, 'concept', 0), 'Learners finish with a portfolio.');
    const carla = await dossierAs(cid, CARLA, 'commenter');
    await poll(() => textWithoutCarets(paragraph(carla, 'concept', 0))).toBe('Learners finish with a portfolio.');

    await paragraph(carla, 'concept', 0).click();
    await carla.keyboard.press('End');
    for (let i = 0; i < 'portfolio.'.length; i++) await carla.keyboard.press('Shift+ArrowLeft');
    await carla.keyboard.press('Control+Alt+M');
    expect(await describeFocus(carla)).toBe('textbox: Comment');
    // Nothing written yet: Ctrl+Enter leaves the box open and creates nothing.
    await carla.keyboard.press('Control+Enter');
    expect(await carla.getByRole('textbox', { name: 'Comment' }).isVisible()).toBe(true);
    await carla.keyboard.type('Which tool?');
    await carla.keyboard.press('Enter');
    await carla.keyboard.type('Mahara or our own?');
    await carla.keyboard.press('Control+Enter');
    const annaPanel = anna.getByTestId('thread-panel');
    await poll(() => annaPanel.locator('.message-text').allInnerTexts()).toEqual(['Which tool?\nMahara or our own?']);
    await poll(() => carla.getByRole('textbox', { name: 'Comment' }).count()).toBe(0);
    // The box it was written in is gone: the keyboard is on the new conversation, not lost at the page's top.
    await poll(() => carla.evaluate(() => document.activeElement?.hasAttribute('data-thread-card') ?? false)).toBe(true);

    // Anna answers from the thread's reply box the same way.
    await annaPanel.getByRole('textbox', { name: 'Reply' }).click();
    await anna.keyboard.type('Mahara, the partners know it.');
    await anna.keyboard.press('Control+Enter');
    await poll(() => carla.getByTestId('thread-panel').locator('.message-text').allInnerTexts()).toEqual([
      'Which tool?\nMahara or our own?',
      'Mahara, the partners know it.',
    ]);
    await poll(() => annaPanel.getByRole('textbox', { name: 'Reply' }).inputValue()).toBe('');
    // Exactly one conversation was created, however the keys were pressed.
    expect(await annaPanel.locator('article').count()).toBe(1);
  });
});

describe('reduced motion', () => {
  it('turns animations and transitions off when the system asks for it', async () => {
    const cid = await newConsortium(ts.server, 'motion');
    const durations = async (page: Page) => {
      await page.goto(await signInUrl(ts.server, cid, ANNA));
      await page.goto(`${ts.server.url}${dossierPath(cid)}`);
      await waitLoaded(page, 'coordinator');
      // The dot of "not confirmed yet", which pulses a few times, drawn with the page's own style sheet.
      return page.evaluate(() => {
        const pill = document.createElement('div');
        pill.className = 'status-pill status-unconfirmed';
        const dot = document.createElement('span');
        dot.className = 'status-dot';
        pill.append(dot);
        document.body.append(pill);
        const style = getComputedStyle(dot);
        const result = { animation: style.animationDuration, scroll: getComputedStyle(document.documentElement).scrollBehavior };
        pill.remove();
        return result;
      });
    };
    expect(await durations(await newPage())).toEqual({ animation: '1s', scroll: 'auto' });
    const calm = await newPage({ reducedMotion: 'reduce' });
    expect(await durations(calm)).toEqual({ animation: '1e-05s', scroll: 'auto' });
  });
});
