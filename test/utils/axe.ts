/**
 * axe-core (WCAG 2.0/2.1 A and AA) for the browser tests. axe is evaluated through Playwright
 * (a DevTools evaluation, which the page's Content-Security-Policy does not govern), so the app
 * keeps its own policy for its own scripts: no `bypassCSP`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/**
 * The WCAG A/AA violations on the page: those found twice, 700 ms apart. A page caught in the middle
 * of a fade (a name tag appearing, a banner sliding in) can read as too faint for a moment; what a
 * person actually meets stays there and is found by both runs.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const first = await axeRun(page);
  if (first.length === 0) return first;
  await page.waitForTimeout(700);
  const again = await axeRun(page);
  const seen = new Set(again.flatMap((v) => v.targets.map((t) => `${v.id} ${targetOf(t)}`)));
  return first
    .map((v) => ({ ...v, targets: v.targets.filter((t) => seen.has(`${v.id} ${targetOf(t)}`)) }))
    .filter((v) => v.targets.length > 0);
}

/** A finding's element, without axe's summary (whose measured numbers may differ between runs). */
const targetOf = (target: string) => target.replace(/ \(.*$/s, '');

async function axeRun(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Axe = {
      run: (
        context: Document,
        options: object,
      ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ')})` : ''}`),
    }));
  }, WCAG_TAGS);
}

export function describeViolations(where: string, violations: AxeViolation[]): string {
  const lines = violations.map((v) => `- ${v.id}: ${v.help}\n${v.targets.map((t) => `    ${t}`).join('\n')}`);
  return `axe found ${violations.length} WCAG 2.1 A/AA violation(s) on ${where}:\n${lines.join('\n')}`;
}

/** Fails with the violations listed by rule id, target and help. */
export async function expectAccessible(page: Page, label = ''): Promise<void> {
  const violations = await axeViolations(page);
  markChecked(page);
  if (violations.length > 0) throw new Error(describeViolations(`${label ? `${label} ` : ''}${page.url()}`, violations));
}

// ---- Automatic checks -------------------------------------------------------------------------
// Every page a browser test opens is checked when it is left: before the test navigates it
// elsewhere (page.goto) and when its page or context is closed. What is found is kept here and
// reported by the e2e project's setup file after each test, because contexts are closed in hooks
// that must not throw.

const findings: string[] = [];
const lastChecked = new WeakMap<Page, string>();

/** Findings of the automatic checks since the last call. */
export function takeAutomaticFindings(): string[] {
  return findings.splice(0);
}

async function checkOnLeave(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const url = page.url();
  if (!/^https?:/.test(url) || lastChecked.get(page) === url) return;
  try {
    // Only a page the app has rendered; a page still opening is left alone.
    const rendered = await page.evaluate(() => !!document.querySelector('#root > *') && document.readyState === 'complete');
    if (!rendered) return;
    const violations = await axeViolations(page);
    lastChecked.set(page, url);
    if (violations.length > 0) findings.push(describeViolations(url, violations));
  } catch {
    // The page navigated or died while being checked: nothing reliable to report.
  }
}

function watchPage(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (...args: Parameters<Page['goto']>) => {
    await checkOnLeave(page);
    return goto(...args);
  };
  const close = page.close.bind(page);
  page.close = async (...args: Parameters<Page['close']>) => {
    await checkOnLeave(page);
    return close(...args);
  };
}

/** Makes every page of the context checked when it is left. */
export function watchContext(context: BrowserContext): void {
  context.on('page', watchPage);
  const close = context.close.bind(context);
  context.close = async (...args: Parameters<BrowserContext['close']>) => {
    await Promise.all(context.pages().map(checkOnLeave));
    return close(...args);
  };
}

/** Marks the page as checked at its current address, e.g. after an explicit `expectAccessible`. */
export function markChecked(page: Page): void {
  lastChecked.set(page, page.url());
}
