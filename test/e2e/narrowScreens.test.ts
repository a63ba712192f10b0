/**
 * The dossier on a tablet and a phone. Three columns left the text under 300 px at 800 px and none
 * at all on a phone, with the account menu past the window's edge: now a tablet shows a chapter menu
 * instead of the sidebar, and a phone the text alone with its comments as a sheet over its foot.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../utils/axe.ts';
import {
  ANNA,
  browserSuite,
  chapter,
  JORDI,
  newConsortium,
  openDossier,
  paragraph,
  poll,
  screenshot,
  selectPhrase,
  textWithoutCarets,
  typeInto,
} from '../utils/e2e.ts';

const suite = browserSuite();
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 800, height: 900 };

/** What does not fit: the page's own sideways scroll, and the top bar's menus past the window's edge. */
async function outOfWindow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    // Nothing of the bar (where the page has one) spills below it, over the text's toolbar.
    const bar = document.querySelector('.topbar')?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, Infinity);
    for (const el of document.querySelectorAll<HTMLElement>('.topbar > *')) {
      const box = el.getBoundingClientRect();
      if (box.height > 0 && box.bottom > bar.bottom + 0.5)
        out.push(`${el.className} ends ${Math.round(box.bottom - bar.bottom)} px below the top bar`);
    }
    if (document.documentElement.scrollWidth > innerWidth) out.push(`page ${document.documentElement.scrollWidth} px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('.topbar button, .topbar select, .topbar a, .chapter-meta select')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > innerWidth + 0.5)
        out.push(`${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" ends at ${box.right}`);
    }
    return out;
  });
}

/** Sticky parts whose top is hidden under the (taller, two-row) top bar. */
async function underTopBar(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('.topbar')!.getBoundingClientRect().bottom;
    return ['[role="toolbar"]', '.thread-panel .panel-heading']
      .map((selector) => [selector, document.querySelector(selector)?.getBoundingClientRect()] as const)
      .filter(([, box]) => box && box.height > 0 && box.bottom > 0 && box.top < bar - 0.5 && box.top < innerHeight / 2)
      .map(([selector, box]) => `${selector} at ${Math.round(box!.top)} px, the bar ends at ${Math.round(bar)} px`);
  });
}

const textWidth = (page: Page) => page.locator('.ProseMirror').evaluate((el) => el.getBoundingClientRect().width);
const sheet = (page: Page) => page.getByTestId('thread-panel');

/** Whether `text` shows inside the comments panel: a folded sheet clips what it holds. */
const inSheet = (page: Page, text: string) =>
  sheet(page).evaluate((panel, wanted) => {
    const outer = panel.getBoundingClientRect();
    const found = [...panel.querySelectorAll('*')].find((el) => el.children.length === 0 && el.textContent === wanted);
    const box = found?.getBoundingClientRect();
    return !!box && box.height > 0 && box.top >= outer.top && box.bottom <= outer.bottom;
  }, text);

it('a partner on a tablet and one on a phone read, jump between chapters, write and comment', async () => {
  const cid = await newConsortium(suite.ts.server, 'narrow');
  const tablet = await openDossier(suite.browser, suite.ts.server, cid, JORDI, TABLET);
  const phone = await openDossier(suite.browser, suite.ts.server, cid, ANNA, PHONE);
  suite.open.push(tablet, phone);

  for (const [{ page }, least] of [
    [tablet, 450],
    [phone, 340],
  ] as const) {
    expect(await outOfWindow(page)).toEqual([]);
    expect(await textWidth(page)).toBeGreaterThanOrEqual(least);
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
  }
  // On the tablet the comments keep their column beside the text.
  expect(
    await sheet(tablet.page)
      .getByRole('button', { name: /comments?$/i })
      .isVisible(),
  ).toBe(false);

  // The chapter menu takes the phone to a chapter, and follows the chapter in view.
  const jump = phone.page.getByLabel('Go to chapter');
  await jump.selectOption({ label: '9. Joint curriculum' });
  await poll(() => chapter(phone.page, 'curriculum').evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(
    PHONE.height / 2,
  );
  // Scrolled down, what stays in sight (the toolbar; on the tablet the comments' heading) is not under the top bar.
  for (const { page } of [tablet, phone]) await page.mouse.wheel(0, 1200);
  expect(await underTopBar(phone.page)).toEqual([]);
  expect(await underTopBar(tablet.page)).toEqual([]);
  // Written on a train: offline, the save status is at its longest, and the bar still keeps to two rows.
  await phone.context.setOffline(true);
  await typeInto(phone.page, paragraph(phone.page, 'curriculum', 0), 'Five modules of six credits each.');
  await poll(() => phone.page.getByTestId('save-status').getAttribute('class')).toContain('status-offline');
  expect(await outOfWindow(phone.page)).toEqual([]);
  await screenshot(phone.page, 'narrow-phone-offline');
  await phone.context.setOffline(false);
  await poll(() => textWithoutCarets(paragraph(tablet.page, 'curriculum', 0)), { timeout: 20_000 }).toBe(
    'Five modules of six credits each.',
  );
  await tablet.page.getByLabel('Go to chapter').selectOption({ label: '9. Joint curriculum' });

  // The tablet comments in its column; the phone's sheet stays folded to one line and says how many.
  await selectPhrase(tablet.page, 'curriculum', 'Five modules');
  await tablet.page.getByTestId('add-comment').click();
  const composer = sheet(tablet.page).locator('form.composer');
  await composer.getByLabel('Comment').fill('Which partner teaches the fifth?');
  await composer.getByRole('button', { name: 'Comment' }).click();
  const unfold = sheet(phone.page).getByRole('button', { name: 'Show 1 comment' });
  await unfold.waitFor();
  expect(await unfold.getAttribute('aria-expanded')).toBe('false');
  expect((await sheet(phone.page).boundingBox())!.height).toBeLessThan(80);
  expect(await inSheet(phone.page, 'Which partner teaches the fifth?')).toBe(false);
  await screenshot(phone.page, 'narrow-phone-folded');

  await unfold.click();
  await poll(() => inSheet(phone.page, 'Which partner teaches the fifth?')).toBe(true);
  expect(await sheet(phone.page).getByRole('button', { name: 'Hide comments' }).getAttribute('aria-expanded')).toBe('true');
  await screenshot(phone.page, 'narrow-phone-open');
  await expectAccessible(phone.page, 'phone');
  await sheet(phone.page).getByRole('button', { name: 'Hide comments' }).click();

  // Starting a comment on the phone opens the sheet with the composer in it.
  await selectPhrase(phone.page, 'curriculum', 'six credits');
  await phone.page.getByTestId('add-comment').click();
  const phoneComposer = sheet(phone.page).locator('form.composer');
  await poll(() => phoneComposer.isVisible()).toBe(true);
  expect(await phoneComposer.locator('.thread-quote').innerText()).toBe('six credits');
  await phoneComposer.getByLabel('Comment').fill('Six or five?');
  await phoneComposer.getByRole('button', { name: 'Comment' }).click();
  expect(await outOfWindow(phone.page)).toEqual([]);
  await poll(() => inSheet(tablet.page, 'Six or five?')).toBe(true);
  await screenshot(tablet.page, 'narrow-tablet');
  await expectAccessible(tablet.page, 'tablet');
  // The programme's checks (their button is under the open sheet: fold it first) open under the
  // two-row top bar, not over its sections.
  await sheet(phone.page).getByRole('button', { name: 'Hide comments' }).click();
  await phone.page.getByTestId('programme-toggle').click();
  const panelTop = await phone.page.getByTestId('programme-panel').evaluate((el) => el.getBoundingClientRect().top);
  const barBottom = await phone.page.locator('.topbar').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(panelTop).toBeGreaterThanOrEqual(barBottom - 0.5);
  for (const p of [tablet, phone]) expect(p.errors).toEqual([]);
});

it("the consortium's other pages fit a phone: nothing makes the page scroll sideways", async () => {
  const cid = await newConsortium(suite.ts.server, 'narrow-pages');
  const phone = await openDossier(suite.browser, suite.ts.server, cid, ANNA, PHONE);
  suite.open.push(phone);
  const pages: [string, string][] = [
    [`/c/${cid}`, 'Chapters'],
    [`/c/${cid}/partners`, 'Partner institutions'],
    [`/c/${cid}/people`, 'Invite people'],
    [`/c/${cid}/readiness`, 'The programme'],
    ['/account', 'Your account'],
  ];
  for (const [path, marker] of pages) {
    await phone.page.goto(`${suite.ts.server.url}${path}`);
    await phone.page.getByText(marker, { exact: true }).first().waitFor();
    expect(await outOfWindow(phone.page), path).toEqual([]);
  }
  expect(phone.errors).toEqual([]);
});
