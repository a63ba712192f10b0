import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { watchContext } from './axe.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Debian's Chromium quiet on a machine without outside network. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function launchBrowser(): Promise<Browser> {
  if (!browserAvailable())
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package (CI must not skip browser tests).`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  // Every page of every context is checked with axe when the test leaves it (see axe.ts).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    watchContext(context);
    return context;
  };
  return browser;
}

/** A page in its own context (own cookies, IndexedDB and BroadcastChannel), as a separate person would have. */
export async function openAs(
  browser: Browser,
  signInUrl: string,
  viewport = { width: 1280, height: 860 },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(signInUrl);
  return { context, page, errors };
}
