/**
 * Review in the browser: three partners (coordinator at A, editor at B, a commenter — the QA officer —
 * at C) in three browser contexts on the same dossier. Comment threads on selected text with live
 * highlights, replies, resolve and reopen; the chapter's workflow bar (lead, due date, status);
 * per-partner sign-off that turns stale when the text changes; and the consortium's dashboard.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ANNA,
  JORDI,
  PARTNERS,
  VIEWPORT,
  chapter,
  chapterText,
  dossierPath,
  expectSaved,
  newConsortium,
  openDossier,
  paragraph,
  paragraphTexts,
  poll,
  screenshot,
  SCREENSHOT_DIR,
  signInUrl,
  statusText,
  textWithoutCarets,
  typeInto,
  waitLoaded,
  type OpenPage,
  type Person,
  browserSuite,
  selectPhrase,
} from '../utils/e2e.ts';

/** The commenter: reads, comments and signs off for partner C, but cannot change the text. */
const QA: Person = { userId: 'qa', name: 'Quinn Adams (QA officer)', partnerId: 'baltic', role: 'commenter' };
const KEY = 'curriculum';
const SENTENCE = 'Learners complete five modules of six credits each.';
const PHRASE = 'five modules';

const suite = browserSuite();
const open = suite.open;

/** openDossier (test/utils/e2e.ts) in a browser set to another time zone. */
async function openDossierIn(timezoneId: string, cid: string, person: Person): Promise<OpenPage> {
  const context = await suite.browser.newContext({ viewport: VIEWPORT, timezoneId });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(await signInUrl(suite.ts.server, cid, person));
  expect(new URL(page.url()).pathname).toBe(`/c/${cid}`);
  await page.goto(`${suite.ts.server.url}${dossierPath(cid)}`);
  await waitLoaded(page, person.role);
  return { person, context, page, errors };
}

async function openThree(label: string): Promise<{ cid: string; coord: OpenPage; editor: OpenPage; qa: OpenPage; all: OpenPage[] }> {
  const cid = await newConsortium(suite.ts.server, label);
  // The QA officer works from Toronto this week: dates must not shift by a day west of Greenwich.
  const [coord, editor, qa] = await Promise.all([
    openDossier(suite.browser, suite.ts.server, cid, ANNA),
    openDossier(suite.browser, suite.ts.server, cid, JORDI),
    openDossierIn('America/Toronto', cid, QA),
  ]);
  open.push(coord!, editor!, qa!);
  // Everyone looks at the curriculum chapter: the comments panel follows the chapter in view.
  for (const p of [coord!, editor!, qa!]) await p.page.locator(`[data-chapter-link="${KEY}"]`).click();
  return { cid, coord: coord!, editor: editor!, qa: qa!, all: [coord!, editor!, qa!] };
}

const panel = (page: Page) => page.getByTestId('thread-panel');
/** Thread cards shown in the panel (open ones, plus resolved ones once revealed). */
const cards = (page: Page) => panel(page).locator('[data-thread-card]');

/** The highlighted (commented) text of the chapter, other people's carets left out. */
async function highlighted(page: Page): Promise<string[]> {
  return chapter(page, KEY)
    .locator('.comment-highlight')
    .evaluateAll((els) => {
      // Adjacent spans of one highlight (split by marks or carets) belong together.
      const byThread = new Map<string, string>();
      for (const el of els) {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.collaboration-carets__caret, .collaboration-carets__label').forEach((n) => n.remove());
        const id = el.getAttribute('data-thread-id') ?? '';
        byThread.set(id, (byThread.get(id) ?? '') + (copy.textContent ?? ''));
      }
      return [...byThread.values()];
    });
}

/**
 * Puts the editor's caret `offset` characters into the chapter's first paragraph (a collapsed DOM
 * selection, which ProseMirror takes over). Home/End would go to the start of the visual line,
 * which is not the paragraph's start once it wraps.
 */
async function caretAt(page: Page, offset: number): Promise<void> {
  await page.locator('.ProseMirror').focus();
  await paragraph(page, KEY, 0).evaluate((p, wanted) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let left = wanted;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('.collaboration-carets__caret')) continue;
      if (left <= node.data.length) {
        const range = document.createRange();
        range.setStart(node, left);
        range.collapse(true);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      left -= node.data.length;
    }
    throw new Error(`offset ${wanted} is past the paragraph's end`);
  }, offset);
  // ProseMirror reads the DOM selection on selectionchange; wait until its state has it.
  await poll(() =>
    page.evaluate(() => {
      const sel = document.getSelection();
      return sel !== null && sel.isCollapsed && sel.rangeCount === 1;
    }),
  ).toBe(true);
}

const signoffChip = (page: Page, partnerId: string) => page.getByTestId(`signoff-${KEY}-${partnerId}`);
const chipStates = (page: Page) => Promise.all(PARTNERS.map((p) => signoffChip(page, p.id).getAttribute('data-state')));
const meta = (page: Page) => page.getByTestId(`meta-${KEY}`);
const partnerName = (person: Person) => PARTNERS.find((p) => p.id === person.partnerId)!.name;

describe('review: comments on sections', () => {
  it('a commenter comments on selected words; everyone sees thread and highlight; reply, resolve, reopen; the highlight keeps its words while the editor types around it; the commenter cannot edit', async () => {
    const { coord, editor, qa, all } = await openThree('comments');

    // 1. The editor writes; the commenter selects a phrase of it and comments.
    await typeInto(editor.page, paragraph(editor.page, KEY, 0), SENTENCE);
    for (const p of all) await poll(() => textWithoutCarets(paragraph(p.page, KEY, 0))).toBe(SENTENCE);
    await expectSaved(editor.page);

    await selectPhrase(qa.page, KEY, PHRASE);
    const fab = qa.page.getByTestId('add-comment');
    await fab.waitFor();
    await fab.click();
    const composer = panel(qa.page).locator('form.composer');
    await expect.poll(() => composer.locator('.thread-quote').innerText()).toBe(PHRASE);
    await composer.getByLabel('Comment').fill('Are these five modules the same at every partner?');
    await composer.getByRole('button', { name: 'Comment' }).click();

    for (const p of all) {
      await poll(() => cards(p.page).count(), { message: `${p.person.name}: thread card` }).toBe(1);
      await poll(() => cards(p.page).locator('.thread-quote').innerText()).toBe(PHRASE);
      await poll(() => cards(p.page).locator('[data-testid="message"] .message-text').allInnerTexts()).toEqual([
        'Are these five modules the same at every partner?',
      ]);
      await poll(() => highlighted(p.page), { message: `${p.person.name}: highlight` }).toEqual([PHRASE]);
    }
    expect(await qa.page.getByTestId('add-comment').count()).toBe(0);
    // The sidebar counts the open thread for everyone.
    for (const p of all) await poll(() => p.page.getByTestId(`threads-${KEY}`).innerText()).toContain('1');

    // The editor replies.
    const editorCard = cards(editor.page).first();
    await editorCard.getByLabel('Reply').fill('Yes — the same five modules, taught jointly.');
    await editorCard.getByRole('button', { name: 'Reply' }).click();
    for (const p of all) {
      await poll(() => cards(p.page).locator('[data-testid="message"] .message-text').allInnerTexts()).toEqual([
        'Are these five modules the same at every partner?',
        'Yes — the same five modules, taught jointly.',
      ]);
    }

    // 2. While the thread is open, the editor types right before and right after the phrase, and
    // further away at both ends of the sentence: the highlight keeps exactly the same words.
    const at = SENTENCE.indexOf(PHRASE);
    await caretAt(editor.page, at);
    await editor.page.keyboard.type('at least ');
    await caretAt(editor.page, at + 'at least '.length + PHRASE.length);
    await editor.page.keyboard.type(' (core)');
    await caretAt(editor.page, ('Learners complete at least ' + PHRASE + ' (core) of six credits each.').length);
    await editor.page.keyboard.type(' Electives are optional.');
    await caretAt(editor.page, 0);
    await editor.page.keyboard.type('In year one: ');
    const edited = 'In year one: Learners complete at least five modules (core) of six credits each. Electives are optional.';
    for (const p of all) {
      await poll(() => textWithoutCarets(paragraph(p.page, KEY, 0)), { message: `${p.person.name}: text` }).toBe(edited);
      await poll(() => highlighted(p.page), { message: `${p.person.name}: highlight after typing around it` }).toEqual([PHRASE]);
    }
    await expectSaved(editor.page);
    // Once more, while a remote change re-renders everyone's document: still the same words.
    await typeInto(editor.page, paragraph(editor.page, KEY, 1), 'Assessment is by project.');
    for (const p of all) {
      await poll(() => textWithoutCarets(paragraph(p.page, KEY, 1))).toBe('Assessment is by project.');
      expect(await highlighted(p.page), p.person.name).toEqual([PHRASE]);
    }

    await qa.page.getByTestId(`meta-${KEY}`).scrollIntoViewIfNeeded();
    await screenshot(qa.page, 'review-commenter');

    // The coordinator resolves: it leaves everyone's open list and the highlight goes.
    await cards(coord.page).first().getByRole('button', { name: 'Resolve' }).click();
    for (const p of all) {
      await poll(() => cards(p.page).count(), { message: `${p.person.name}: resolved thread still listed as open` }).toBe(0);
      await poll(() => highlighted(p.page)).toEqual([]);
      await poll(() => panel(p.page).getByRole('button', { name: 'Show 1 resolved' }).count()).toBe(1);
      await poll(() => p.page.getByTestId(`threads-${KEY}`).count()).toBe(0);
    }
    for (const p of all) {
      await panel(p.page).getByRole('button', { name: 'Show 1 resolved' }).click();
      await poll(() => cards(p.page).count()).toBe(1);
      expect(await cards(p.page).locator('.badge-ok').innerText()).toBe('Resolved');
      expect(await cards(p.page).locator('.thread-quote').innerText()).toBe(PHRASE);
      expect(await highlighted(p.page)).toEqual([]);
    }

    // The commenter reopens it: back in the open list and highlighted, on every page.
    await cards(qa.page).first().getByRole('button', { name: 'Reopen' }).click();
    for (const p of all) {
      await poll(() => cards(p.page).locator('.badge-ok').count()).toBe(0);
      await poll(() => cards(p.page).count()).toBe(1);
      await poll(() => highlighted(p.page)).toEqual([PHRASE]);
      expect(
        await panel(p.page)
          .getByRole('button', { name: /resolved/ })
          .count(),
      ).toBe(0);
    }

    // 3. The commenter cannot change the text: read-only (a caret, for commenting by keyboard, but no
    // changes), and keystrokes change nothing anywhere.
    expect(await qa.page.locator('.ProseMirror').getAttribute('aria-readonly')).toBe('true');
    await poll(() => statusText(qa.page)).toBe('Read-only · you can comment');
    await paragraph(qa.page, KEY, 0).click();
    await qa.page.keyboard.press('End');
    await qa.page.keyboard.type('QA WAS HERE');
    await qa.page.keyboard.press('Enter');
    await paragraph(qa.page, KEY, 1).click();
    await qa.page.keyboard.press('Control+a');
    await qa.page.keyboard.press('Backspace');
    expect(await chapterText(qa.page, KEY)).not.toContain('QA WAS HERE');
    expect(await textWithoutCarets(paragraph(qa.page, KEY, 0))).toBe(edited);
    // Proof that the keystrokes had time to travel: a later marker from the editor arrives everywhere.
    await typeInto(editor.page, paragraph(editor.page, KEY, 2), 'marker');
    for (const p of all) {
      await poll(() => textWithoutCarets(paragraph(p.page, KEY, 2))).toBe('marker');
      expect(await paragraphTexts(p.page, KEY)).toEqual([edited, 'Assessment is by project.', 'marker', '']);
      expect(await highlighted(p.page)).toEqual([PHRASE]);
    }
    await expectSaved(editor.page);

    for (const p of all) expect(p.errors, p.person.name).toEqual([]);
  });
});

describe('review: workflow and sign-off', () => {
  it('the coordinator sets lead, due date and status; each partner signs off; a text change makes the sign-offs stale; signing again; the dashboard shows it all', async () => {
    const { cid, coord, editor, qa, all } = await openThree('signoff');
    await typeInto(editor.page, paragraph(editor.page, KEY, 0), SENTENCE);
    for (const p of all) await poll(() => textWithoutCarets(paragraph(p.page, KEY, 0))).toBe(SENTENCE);

    // A comment, so that the dashboard has an open conversation.
    await selectPhrase(qa.page, KEY, PHRASE);
    await qa.page.getByTestId('add-comment').click();
    await panel(qa.page).getByLabel('Comment').fill('Please list the modules.');
    await panel(qa.page).locator('form.composer').getByRole('button', { name: 'Comment' }).click();
    for (const p of all) await poll(() => highlighted(p.page)).toEqual([PHRASE]);

    // 4. The coordinator sets the chapter's lead partner, due date and status in its bar.
    const bar = meta(coord.page);
    await bar.getByLabel('Lead partner').selectOption({ label: 'Universitat del Mar' });
    // Typed day first and confirmed with Enter, as people do (the field no longer saves half-typed dates).
    await bar.getByLabel('Due date', { exact: true }).fill('15/03/2027');
    await bar.getByLabel('Due date', { exact: true }).press('Enter');
    await bar.getByLabel('Chapter status').selectOption({ label: 'In review' });
    await poll(() => bar.getByLabel('Chapter status').inputValue()).toBe('in-review');
    await poll(() => bar.getByLabel('Lead partner').inputValue()).toBe('mar');
    await poll(() => bar.getByLabel('Due date', { exact: true }).inputValue()).toBe('15 Mar 2027');
    for (const p of [editor, qa]) {
      // The day as written for every partner, whatever their time zone (the QA officer is in Toronto).
      const due = '15 Mar 2027';
      await poll(() => meta(p.page).getByTestId('chapter-status').innerText(), { message: `${p.person.name}: status chip` }).toBe(
        'In review',
      );
      await poll(() => meta(p.page).locator('.meta-field strong').allInnerTexts(), { message: `${p.person.name}: lead and due` }).toEqual([
        'Universitat del Mar',
        due,
      ]);
      for (const control of ['Chapter status', 'Lead partner', 'Due date']) {
        expect(await meta(p.page).getByLabel(control).count(), `${p.person.name}: only the coordinator gets "${control}"`).toBe(0);
      }
    }
    for (const p of all) {
      await poll(() => p.page.getByTestId(`status-${KEY}`).getAttribute('data-status')).toBe('in-review');
      expect(await chipStates(p.page)).toEqual(['pending', 'pending', 'pending']);
    }

    // Each partner signs off for their own institution.
    for (const p of all) {
      await meta(p.page)
        .getByRole('button', { name: `Sign off for ${partnerName(p.person)}` })
        .click();
      await poll(() => signoffChip(p.page, p.person.partnerId).getAttribute('data-state')).toBe('signed');
    }
    for (const p of all) {
      await poll(() => chipStates(p.page), { message: `${p.person.name}: chips` }).toEqual(['signed', 'signed', 'signed']);
      expect(
        await meta(p.page)
          .getByRole('button', { name: /^Sign off/ })
          .count(),
      ).toBe(0);
      expect(await meta(p.page).getByRole('note').count()).toBe(0);
    }
    expect(await signoffChip(editor.page, 'baltic').getAttribute('title')).toContain(QA.name);

    // The editor changes the chapter's text: every sign-off is stale, and each partner is asked again.
    await typeInto(editor.page, paragraph(editor.page, KEY, 0), ' Plus a capstone.');
    for (const p of all) {
      await poll(() => chipStates(p.page), { message: `${p.person.name}: stale chips` }).toEqual(['stale', 'stale', 'stale']);
      await poll(() => meta(p.page).getByRole('note').innerText()).toContain('Please review it and sign off again');
      expect(
        await meta(p.page)
          .getByRole('button', { name: `Sign off again for ${partnerName(p.person)}` })
          .count(),
      ).toBe(1);
    }
    await expectSaved(editor.page);

    await meta(coord.page).scrollIntoViewIfNeeded();
    await screenshot(coord.page, 'review-coordinator');

    // 5. The dashboard (the coordinator's second tab) while the sign-offs are stale.
    const dash = await coord.context.newPage();
    const dashErrors: string[] = [];
    dash.on('pageerror', (e) => dashErrors.push(String(e)));
    await dash.goto(`${suite.ts.server.url}/c/${cid}`);
    await dash.getByTestId('dashboard').waitFor();
    await poll(() => dash.getByTestId('count-in-review').locator('strong').innerText()).toBe('1');
    expect(await dash.getByTestId('count-not-started').locator('strong').innerText()).toBe('18');
    for (const p of PARTNERS) await poll(() => dash.getByTestId(`cell-${p.id}-${KEY}`).getAttribute('data-state')).toBe('stale');
    expect(await dash.getByTestId(`cell-mar-vision`).getAttribute('data-state')).toBe('none');
    const row = dash.getByTestId(`row-${KEY}`);
    await poll(() => row.innerText()).toContain('Universitat del Mar');
    expect(await row.innerText()).toContain('0/3');
    expect(await row.innerText()).toContain('3 stale');

    // Signing again makes it current, on every page and on the dashboard.
    for (const p of all)
      await meta(p.page)
        .getByRole('button', { name: `Sign off again for ${partnerName(p.person)}` })
        .click();
    for (const p of all) {
      await poll(() => chipStates(p.page)).toEqual(['signed', 'signed', 'signed']);
      await poll(() => meta(p.page).getByRole('note').count()).toBe(0);
    }
    for (const p of PARTNERS) await poll(() => dash.getByTestId(`cell-${p.id}-${KEY}`).getAttribute('data-state')).toBe('signed');
    await poll(() => row.innerText()).toContain('3/3');

    // Open conversations, and who is online where.
    const threads = dash.locator('.dash-threads .thread-list li');
    await poll(() => threads.count()).toBe(1);
    expect(await threads.innerText()).toContain(PHRASE);
    expect(await threads.innerText()).toContain('Please list the modules.');
    // Who is online where: both other partners are in the curriculum chapter (the editor typed there,
    // the QA officer selected text there).
    const online = dash.getByTestId('online');
    const onlineNow = () =>
      online
        .locator('li')
        .allInnerTexts()
        .then((all) => all.map((t) => t.replace(/\s+/g, ' ').trim()));
    for (const name of [JORDI.name, QA.name]) {
      await poll(async () => (await onlineNow()).some((t) => t.includes(name) && t.endsWith('in Joint curriculum')), {
        message: `${name} online in the curriculum`,
      }).toBe(true);
    }

    // 6. The whole dashboard (matrix and conversations are below the fold).
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await dash.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard.png'), fullPage: true });

    // Someone leaving disappears from "Working now".
    await editor.context.close();
    open.splice(open.indexOf(editor), 1);
    await poll(() =>
      online
        .locator('li')
        .allInnerTexts()
        .then((t) => t.some((s) => s.includes('Jordi Puig'))),
    ).toBe(false);
    expect(dashErrors).toEqual([]);
    for (const p of [coord, qa]) expect(p.errors, p.person.name).toEqual([]);
  });
});
