/** Keyboard-only helpers for the browser tests: what has the focus, and Tab until something does. */
import type { Page } from 'playwright-core';

/**
 * The focused element as "<role or tag>: <accessible name>", e.g. "button: Comment", "a: Skip to the
 * text", "textbox: Dossier text" (the name from aria-label, a label, or the text, spaces collapsed).
 */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '(nothing)';
    const role =
      el.getAttribute('role') ?? (el.tagName === 'SELECT' ? 'combobox' : el.tagName === 'TEXTAREA' ? 'textbox' : el.tagName.toLowerCase());
    const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : undefined;
    const name = el.getAttribute('aria-label') ?? labelled ?? el.closest('label')?.textContent ?? el.innerText ?? '';
    return `${role}: ${name.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Presses Tab (or Shift+Tab) until the focus is on `target` (as describeFocus says it), inside `within` if given; fails after `max` presses. */
export async function tabTo(
  page: Page,
  target: string | RegExp,
  options: { backwards?: boolean; max?: number; within?: string } = {},
): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 250); i++) {
    await page.keyboard.press(key);
    const now = await describeFocus(page);
    const inside = !options.within || (await page.evaluate((sel) => !!document.activeElement?.closest(sel), options.within));
    if (inside && (typeof target === 'string' ? now === target : target.test(now))) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached "${String(target)}"; the focus went through:\n${seen.join('\n')}`);
}
