/**
 * What a new user hit (issue 9): typed due dates, the writing prompt, where people are, the export
 * cover, and messages and dead ends written for people. Each test failed before its fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ANNA,
  JORDI,
  VIKTOR,
  browserSuite,
  expectSaved,
  newConsortium,
  openDossier,
  paragraph,
  poll,
  screenshot,
  typeInto,
  type Person,
} from '../utils/e2e.ts';
import { tempDir } from '../utils/tempDir.ts';

const suite = browserSuite();
const downloads = tempDir('new-user-downloads');
afterAll(() => downloads.remove());

const CARLA: Person = { userId: 'carla', name: 'Carla Moreno', partnerId: 'mar', role: 'commenter' };

/** What the placeholder of every empty paragraph reads (drawn by CSS `::before`), one entry per distinct text. */
async function placeholders(page: Page): Promise<{ texts: string[]; chapters: number }> {
  return page.evaluate(() => {
    const empty = [...document.querySelectorAll<HTMLElement>('.chapter-body p.is-empty')];
    const texts = [...new Set(empty.map((p) => getComputedStyle(p, '::before').content.replace(/^"|"$/g, '')))];
    const chapters = new Set(empty.map((p) => p.closest('section.chapter')?.getAttribute('data-key'))).size;
    return { texts, chapters };
  });
}

/** "Working now" on the overview, one line per person. */
const workingNow = (page: Page) =>
  page
    .getByTestId('online')
    .locator('li')
    .allInnerTexts()
    .then((all) => all.map((t) => t.replace(/\s+/g, ' ').trim()));

describe('a new user', () => {
  it('types a due date with the keyboard; it is saved whole and shown day-month-year to every partner', async () => {
    const cid = await newConsortium(suite.ts.server, 'due');
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
    suite.open.push(anna, jordi);
    // Everything Jordi's page ever shows for the chapter: no half-typed year may pass through it.
    await jordi.page.getByTestId('meta-concept').evaluate((meta) => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => seen.push(meta.textContent ?? '')).observe(meta, { subtree: true, childList: true, characterData: true });
    });

    const due = anna.page.getByTestId('meta-concept').getByLabel('Due date', { exact: true });
    await due.click();
    await anna.page.keyboard.type('03152027'); // what the person in the issue typed
    await anna.page.keyboard.press('Tab');
    await poll(() => jordi.page.getByTestId('meta-concept').innerText()).toContain('15 Mar 2027');
    expect(await due.inputValue()).toBe('15 Mar 2027');
    const seen = await jordi.page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.join('\n'));
    expect(seen).not.toMatch(/\b(000|00)\d\b|Mar 2\b|Mar 20\b|Mar 202\b/);

    // Day first, as Europeans write it, confirmed with Enter.
    await due.fill('2/12/2026');
    await due.press('Enter');
    await poll(() => jordi.page.getByTestId('meta-concept').innerText()).toContain('2 Dec 2026');
    // Something incomplete is not saved, and the field says what to type.
    await due.fill('1503');
    await due.press('Tab');
    await poll(() => anna.page.getByTestId('meta-concept').getByRole('alert').innerText()).toContain('e.g. 15 Mar 2027');
    expect(await jordi.page.getByTestId('meta-concept').innerText()).toContain('2 Dec 2026');
    await screenshot(anna.page, 'new-user-due-date');

    // Stored: after a reload both pages show it, and so does the overview.
    await anna.page.reload();
    await poll(() => anna.page.getByTestId('meta-concept').getByLabel('Due date', { exact: true }).inputValue(), { timeout: 15_000 }).toBe(
      '2 Dec 2026',
    );
    await jordi.page.goto(`${suite.ts.server.url}/c/${cid}`);
    await poll(() => jordi.page.getByTestId('row-concept').innerText(), { timeout: 15_000 }).toContain('2 Dec 2026');
    expect(anna.errors).toEqual([]);
  });

  it('writers see the writing prompt in every empty section from the start; readers see "Nothing written yet"', async () => {
    const cid = await newConsortium(suite.ts.server, 'prompt');
    for (const person of [ANNA, JORDI, VIKTOR, CARLA]) {
      const p = await openDossier(suite.browser, suite.ts.server, cid, person);
      suite.open.push(p);
      const writer = person.role === 'coordinator' || person.role === 'editor';
      // Nobody has clicked anything: all 19 chapters have empty paragraphs, all with the same prompt.
      await poll(() => placeholders(p.page), { message: person.role }).toEqual({
        texts: [writer ? 'Write here…' : 'Nothing written yet'],
        chapters: 19,
      });
      if (person === JORDI) await screenshot(p.page, 'new-user-writer-prompt');
    }
  });

  it('while someone types, nothing on the page animates endlessly', async () => {
    // A looping animation makes the browser draw a frame at every screen refresh, and each typed
    // letter then waits for the next one: the pulsing dot of "Saving…" cost 2-6 ms per key.
    const cid = await newConsortium(suite.ts.server, 'still');
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    suite.open.push(anna);
    const seen = () =>
      anna.page.evaluate(() => ({
        status: document.querySelector('[data-testid="save-status"]')?.className ?? '',
        endless: document
          .getAnimations()
          .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations === Infinity)
          .map((a) => ((a.effect as KeyframeEffect | null)?.target as Element | null)?.className ?? '?'),
      }));
    const statuses = new Set<string>();
    const endless = new Set<string>();
    await paragraph(anna.page, 'concept', 0).click();
    for (const letter of 'Stackable credits') {
      await anna.page.keyboard.type(letter);
      const now = await seen();
      statuses.add(now.status);
      now.endless.forEach((e) => endless.add(e));
    }
    expect([...statuses].some((s) => s.includes('status-saving'))).toBe(true);
    expect([...endless]).toEqual([]);
    await expectSaved(anna.page);
  });

  it('the top bar stays put while the save status flips between "Saving…" and "All changes saved"', async () => {
    const cid = await newConsortium(suite.ts.server, 'steady');
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    suite.open.push(anna);
    await expectSaved(anna.page);
    // Every state the pill passes through, with its width and where the section tabs start.
    await anna.page.getByTestId('save-status').evaluate((pill) => {
      const seen: { text: string; width: number; tabs: number }[] = [];
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const note = () =>
        seen.push({
          text: (pill as HTMLElement).innerText,
          width: pill.getBoundingClientRect().width,
          tabs: document.querySelector('.topbar .tabs')!.getBoundingClientRect().left,
        });
      note();
      new MutationObserver(note).observe(pill, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await typeInto(anna.page, paragraph(anna.page, 'concept', 0), 'Stackable credits for working adults.');
    await expectSaved(anna.page);
    const seen = await anna.page.evaluate(() => (window as unknown as { __seen: { text: string; width: number; tabs: number }[] }).__seen);
    expect(new Set(seen.map((s) => s.text))).toEqual(new Set(['All changes saved', 'Saving…']));
    expect(new Set(seen.map((s) => s.width)).size).toBe(1);
    expect(new Set(seen.map((s) => s.tabs)).size).toBe(1);
    // The reserved room is invisible: neither the pill's text nor what a screen reader hears mentions the other states.
    expect(await anna.page.getByTestId('save-status').textContent()).toBe('All changes saved');
    const snapshot = await anna.page.getByTestId('save-status').ariaSnapshot();
    expect(snapshot).not.toContain('Saving');
    expect(snapshot).not.toContain('Connecting');
  });

  it('the editing toolbar shows its choices whole, on one line on a laptop screen', async () => {
    const cid = await newConsortium(suite.ts.server, 'toolbar');
    const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
    suite.open.push(jordi);
    const measure = () =>
      jordi.page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('[data-testid="text-language"]')!;
        const shown = select.getBoundingClientRect().width;
        // The width the select takes when nothing limits it: that of its longest choice.
        select.style.maxWidth = 'none';
        const whole = select.getBoundingClientRect().width;
        select.style.maxWidth = '';
        // Tools on one row share their vertical middle (the toolbar centres them).
        const middles = [...document.querySelectorAll('.toolbar > *')].map((el) => {
          const r = el.getBoundingClientRect();
          return Math.round(r.top + r.height / 2);
        });
        return { cut: whole - shown, rows: new Set(middles).size, chosen: select.selectedOptions[0]!.text };
      });
    expect(await measure()).toEqual({ cut: 0, rows: 1, chosen: 'As the dossier' });
    // A smaller window may wrap the toolbar, but still shows every choice whole.
    await jordi.page.setViewportSize({ width: 1024, height: 768 });
    expect((await measure()).cut).toBe(0);
  });

  it('signed in, the start page leads back to the consortium and starts a second one on the same account', async () => {
    const cid = await newConsortium(suite.ts.server, 'second');
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    suite.open.push(anna);
    const page = anna.page;
    await page.goto(`${suite.ts.server.url}/`);
    await poll(() => page.getByTestId('home-signed-in').innerText()).toContain('You are signed in as Anna de Vries.');
    expect(await page.getByTestId('home-sign-in').count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/');
    await screenshot(page, 'home-signed-in');

    const form = page.getByRole('form', { name: 'Create a consortium' });
    await form.getByLabel('Your name', { exact: true }).fill('Anna de Vries');
    await form.getByLabel('Your institution', { exact: true }).fill('University of Northbridge');
    await form.getByLabel('Country', { exact: true }).fill('NL');
    await form.getByLabel('Consortium name', { exact: true }).fill('Green Skills Second Round');
    await form.getByLabel('Programme title', { exact: true }).fill('Micro-credential in Heat Pumps');
    await form.getByRole('button', { name: 'Create consortium' }).click();
    // More than one consortium now: the name in the top bar is a switcher between them.
    await poll(() => page.locator('.topbar-title').innerText(), { timeout: 15_000 }).toContain('Green Skills Second Round');
    const second = new URL(page.url()).pathname.split('/')[2]!;
    expect(second).not.toBe(cid);

    // The same account, one more consortium: the account page offers it beside the first (Anna is in
    // every consortium this file's tests made, all named like the first).
    await page.goto(`${suite.ts.server.url}/account`);
    const ways = page.getByTestId('way-on').getByRole('link');
    await poll(() => ways.allInnerTexts()).toEqual(
      expect.arrayContaining(['Open Green Skills Second Round', 'Open Digital Skills Alliance']),
    );
    await page.goto(`${suite.ts.server.url}/`);
    await page.getByTestId('home-signed-in').getByRole('link', { name: 'Open your consortium' }).click();
    await poll(() => new URL(page.url()).pathname).toMatch(/^\/c\//);
  });

  it('"Working now" follows the page and the chapter someone is actually in', async () => {
    const cid = await newConsortium(suite.ts.server, 'presence');
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    const jordi = await openDossier(suite.browser, suite.ts.server, cid, JORDI);
    suite.open.push(anna, jordi);
    await anna.page.goto(`${suite.ts.server.url}/c/${cid}`);
    // Jordi has the dossier open at its first chapter and has not clicked into the text.
    await poll(() => workingNow(anna.page)).toEqual([expect.stringMatching(/Jordi Puig in The micro-credential concept$/)]);
    // He jumps to the shared vision from the chapter list.
    await jordi.page.locator('[data-chapter-link="vision"]').click();
    await poll(() => workingNow(anna.page)).toEqual([expect.stringMatching(/Jordi Puig in Shared vision$/)]);
    await screenshot(anna.page, 'new-user-working-now');
    // And goes to the overview himself.
    await jordi.page.goto(`${suite.ts.server.url}/c/${cid}`);
    await poll(() => workingNow(anna.page)).toEqual([expect.stringMatching(/Jordi Puig on the overview$/)]);
  });

  it('the export cover shows a version number and the date; the menu closes after the download', async () => {
    const cid = await newConsortium(suite.ts.server, 'cover');
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    suite.open.push(anna);
    await typeInto(anna.page, paragraph(anna.page, 'vision', 0), 'Twelve chars');
    await expectSaved(anna.page);
    await anna.page.goto(`${suite.ts.server.url}/c/${cid}`);
    const menu = anna.page.getByTestId('export-dossier');
    await menu.locator('summary').click();
    const [download] = await Promise.all([anna.page.waitForEvent('download'), menu.locator('a[data-format="md"]').click()]);
    const file = join(downloads.path, download.suggestedFilename());
    await download.saveAs(file);
    // The menu has done its job.
    await poll(() => menu.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await poll(() => anna.page.locator('.export-popover').isVisible()).toBe(false);

    const cover = readFileSync(file, 'utf8')
      .split('\n')
      .find((line) => line.startsWith('Version'));
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    // One change per character typed (and one for the text node holding them): "Version 13 · 2 December 2026 · ref 1a2b3c4d".
    expect(cover).toMatch(new RegExp(`^Version (\\d+) · ${today} · ref [0-9a-z]{8}$`));
    expect(Number(/^Version (\d+)/.exec(cover!)![1])).toBe('Twelve chars'.length + 1);
  });

  it('a refused form value says what to do, and dead-end pages offer a way on', async () => {
    const cid = await newConsortium(suite.ts.server, 'errors');
    const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
    suite.open.push(anna);
    const { page } = anna;
    await page.goto(`${suite.ts.server.url}/c/${cid}/people`);
    const form = page.getByRole('form', { name: 'Create an invite link' });
    await form.getByLabel('Expires in days (optional)').fill('0');
    await form.getByRole('button', { name: 'Create invite link' }).click();
    await poll(() => page.locator('#invite-expires-error').innerText()).toBe('Please enter a number of 1 or more.');
    expect(await page.locator('body').innerText()).not.toMatch(/expected|Too small|>=/);
    await screenshot(page, 'new-user-form-error');

    // An invitation link whose code was mangled on the way: the way on is one's own consortium.
    await page.goto(`${suite.ts.server.url}/join/abc%20def!`);
    const home = page.locator(`a[href="/c/${cid}"]`);
    await poll(() => home.innerText()).toBe('Open Digital Skills Alliance');
    expect(await page.getByRole('link', { name: 'Go to the start page' }).count()).toBe(1);
    // A consortium Anna is not in.
    await page.goto(`${suite.ts.server.url}/c/someone-elses-consortium`);
    await poll(() => page.getByRole('heading').innerText()).toBe('You are not a member of this consortium');
    await poll(() => home.innerText()).toBe('Open Digital Skills Alliance');
    await screenshot(page, 'new-user-not-member');
    // Someone signed out gets told how to sign in.
    const stranger = await suite.browser.newContext();
    try {
      const p = await stranger.newPage();
      await p.goto(`${suite.ts.server.url}/join/abc%20def!`);
      await poll(() => p.getByTestId('way-on').innerText()).toContain('To sign in, open the invitation or sign-in link you were sent.');
      expect(await p.getByRole('link', { name: 'Go to the start page' }).count()).toBe(1);
    } finally {
      await stranger.close();
    }
  });
});
