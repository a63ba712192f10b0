/**
 * The comments panel beside the text shows the chapter in view, or the thread a person has chosen in
 * the text; once they go to another chapter (sidebar or chapter menu) it follows them there (it stayed on
 * the old thread). A link to a conversation keeps it chosen however many chapters it passes.
 */
import { expect, it } from 'vitest';
import { ANNA, browserSuite, newConsortium, openDossier, paragraph, poll, selectPhrase, typeInto } from '../utils/e2e.ts';

const suite = browserSuite();

it('follows a chosen thread, then the chapter one moves on to', async () => {
  const cid = await newConsortium(suite.ts.server, 'panel-follows');
  const anna = await openDossier(suite.browser, suite.ts.server, cid, ANNA);
  suite.open.push(anna);
  const { page } = anna;
  const panel = page.getByTestId('thread-panel');
  const heading = panel.locator('.panel-sub');

  await page.locator('[data-chapter-link="vision"]').click();
  await typeInto(page, paragraph(page, 'vision', 0), 'Open learning for every adult.');
  await selectPhrase(page, 'vision', 'Open learning');
  await page.getByTestId('add-comment').click();
  await panel.locator('form.composer').getByLabel('Comment').fill('Open to whom exactly?');
  await panel.locator('form.composer').getByRole('button', { name: 'Comment' }).click();
  await poll(() => panel.locator('[data-thread-card]').count()).toBe(1);

  // Choosing the thread in the text marks its card.
  await page.locator('section.chapter[data-key="vision"] .comment-highlight').first().click();
  await poll(() => panel.locator('[data-thread-card].active').count()).toBe(1);
  expect(await heading.innerText()).toBe('Shared vision');

  // Another chapter: the panel shows that chapter, not the thread chosen before.
  await page.locator('[data-chapter-link="curriculum"]').click();
  await poll(() => heading.innerText()).toBe('Joint curriculum');
  expect(await panel.locator('[data-thread-card]').count()).toBe(0);
  await page.locator('[data-chapter-link="vision"]').click();
  await poll(() => heading.innerText()).toBe('Shared vision');
  expect(await panel.locator('[data-thread-card]').count()).toBe(1);

  // A link to the conversation (as in a notification) passes other chapters on its way: it stays chosen.
  const threadId = await panel.locator('[data-thread-card]').getAttribute('data-thread-card');
  await page.goto(`${page.url().split('#')[0]}#thread-${threadId}`);
  await page.reload();
  const card = panel.locator(`[data-thread-card="${threadId}"]`);
  await poll(() => card.getAttribute('class'), { timeout: 20_000 }).toContain('active');
  expect(await heading.innerText()).toBe('Shared vision');
  expect(anna.errors).toEqual([]);
});
