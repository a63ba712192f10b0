/**
 * The server goes away while people keep working: the page says it is offline, keeps what is typed
 * in IndexedDB, and when the server comes back on the same address every page reconnects by itself
 * and the offline text is stored and reaches the other partner.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { DOSSIER_FRAGMENT, DocumentName } from '../../shared/names.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import { launchBrowser } from '../utils/browser.ts';
import { startE2eServer, type E2eServer } from '../utils/e2eServer.ts';
import {
  ANNA,
  JORDI,
  RUTA,
  VIKTOR,
  closeAll,
  expectSaved,
  newConsortium,
  openDossier,
  paragraph,
  poll,
  requireBuiltClient,
  screenshot,
  presenceTitles,
  statusText,
  textWithoutCarets,
  typeInto,
  type OpenPage,
} from '../utils/e2e.ts';

let srv: E2eServer | undefined;
let browser: Browser | undefined;
const open: OpenPage[] = [];

beforeAll(async () => {
  requireBuiltClient();
  srv = await startE2eServer();
  browser = await launchBrowser();
});

afterEach(async () => {
  await closeAll(open);
  // A failed test must not leave the server down for the next one.
  if (srv && !srv.running) await srv.start();
});

afterAll(async () => {
  await closeAll(open);
  await browser?.close();
  await srv?.dispose();
});

/**
 * The dossier text as this browser's offline copy holds it: the Yjs updates y-indexeddb stored for
 * the consortium's dossier, read in the page and applied to a fresh Y.Doc here.
 */
async function offlineCopyText(page: Page, consortiumId: string): Promise<string> {
  const updates = await page.evaluate(async (cid) => {
    const name = (await indexedDB.databases()).map((d) => d.name ?? '').find((n) => n.includes(cid) && n.endsWith('/dossier'));
    if (!name) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      if (!db.objectStoreNames.contains('updates')) return [];
      const all = db.transaction('updates', 'readonly').objectStore('updates').getAll();
      const values = await new Promise<unknown[]>((resolve, reject) => {
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
      return values.filter((v): v is Uint8Array => v instanceof Uint8Array).map((v) => Array.from(v));
    } finally {
      db.close();
    }
  }, consortiumId);
  const doc = new Y.Doc();
  try {
    for (const u of updates) Y.applyUpdate(doc, Uint8Array.from(u));
    return doc.getXmlFragment(DOSSIER_FRAGMENT).toString();
  } finally {
    doc.destroy();
  }
}

/** Starts recording every text the save-status pill shows (window.__statusHistory). */
async function recordStatus(page: Page): Promise<void> {
  await page.getByTestId('save-status').evaluate((pill) => {
    const history: string[] = [];
    (window as unknown as { __statusHistory: string[] }).__statusHistory = history;
    new MutationObserver(() => history.push(pill.textContent ?? '')).observe(pill, { subtree: true, childList: true, characterData: true });
  });
}

const statusHistory = (page: Page) => page.evaluate(() => (window as unknown as { __statusHistory: string[] }).__statusHistory);

describe('offline and back', () => {
  it('shows Offline, keeps offline typing, and syncs it to the server and the other partner after reconnecting', async () => {
    const cid = await newConsortium(srv!.server, 'offline');
    const a = await openDossier(browser!, srv!.server, cid, ANNA);
    open.push(a);
    const b = await openDossier(browser!, srv!.server, cid, JORDI);
    open.push(b);
    await typeInto(a.page, paragraph(a.page, 'quality', 0), 'Typed before the outage.');
    await poll(() => textWithoutCarets(paragraph(b.page, 'quality', 0))).toBe('Typed before the outage.');
    await expectSaved(a.page);

    await recordStatus(b.page);
    await srv!.stop();
    for (const { page } of [a, b]) await poll(() => statusText(page), { timeout: 10_000 }).toMatch(/^Offline/);
    // It must keep saying so while the page retries (backoff 0.2, 0.4, 0.8, 1.6 s…): a page that was in
    // sync never falls back to "Connecting…" at each attempt, which made the header blink.
    await poll(() => statusText(b.page)).toBe('Offline – reconnecting');
    await b.page.waitForTimeout(3_000); // an absence can only be checked over a span of time: several retries
    expect(await statusHistory(b.page)).not.toContain('Connecting…');
    expect(await statusText(b.page)).toBe('Offline – reconnecting');

    // Anna keeps working with the server down.
    await typeInto(a.page, paragraph(a.page, 'quality', 1), 'Typed while offline.');
    expect(await textWithoutCarets(paragraph(a.page, 'quality', 1))).toBe('Typed while offline.');
    await poll(() => statusText(a.page)).toBe('Offline – kept on this device');
    // The offline copy in this browser holds it (what a reload would start from).
    await poll(() => offlineCopyText(a.page, cid), { timeout: 5_000 }).toContain('Typed while offline.');
    await screenshot(a.page, 'offline');
    // Jordi does not have it yet.
    expect(await textWithoutCarets(paragraph(b.page, 'quality', 1))).toBe('');

    await srv!.start(); // same port, same data dir
    await expectSaved(a.page, 20_000);
    await poll(() => textWithoutCarets(paragraph(b.page, 'quality', 1)), { timeout: 20_000 }).toBe('Typed while offline.');
    await expectSaved(b.page, 20_000);
    // Presence comes back too: each sees the other in the header again (without either moving the caret).
    await poll(() => presenceTitles(a.page), { timeout: 5_000 }).toEqual(['Jordi Puig · Universitat del Mar']);
    await poll(() => presenceTitles(b.page), { timeout: 5_000 }).toEqual(['Anna de Vries · University of Northbridge']);
    await screenshot(a.page, 'offline-reconnected');

    // Stored on the server: someone with no local copy at all gets it.
    const c = await openDossier(browser!, srv!.server, cid, RUTA);
    open.push(c);
    await poll(() => textWithoutCarets(paragraph(c.page, 'quality', 1))).toBe('Typed while offline.');
    expect(await textWithoutCarets(paragraph(c.page, 'quality', 0))).toBe('Typed before the outage.');
    for (const p of [a, b, c]) expect(p.errors).toEqual([]);
  });

  it('one dropped connection (server up) reconnects by itself, and both people see each other again', async () => {
    const cid = await newConsortium(srv!.server, 'blip');
    const a = await openDossier(browser!, srv!.server, cid, ANNA);
    open.push(a);
    const b = await openDossier(browser!, srv!.server, cid, JORDI);
    open.push(b);
    await poll(() => presenceTitles(a.page)).toEqual(['Jordi Puig · Universitat del Mar']);
    await recordStatus(b.page);

    // The server drops Jordi's socket with a retryable code, as a network blip or an overloaded server would.
    const room = srv!.server.registry.get(`${cid}/${DocumentName.dossier}`);
    const jordis = [...(room?.connections.keys() ?? [])].filter((c) => c.identity.userId === JORDI.userId);
    expect(jordis).toHaveLength(1);
    jordis[0]!.close(CloseCode.tryAgainLater, 'test: dropped');

    await poll(() => statusHistory(b.page)).toEqual(expect.arrayContaining([expect.stringMatching(/^Offline|^Connecting/)]));
    await expectSaved(b.page, 15_000);
    // Jordi did not move: his presence must come back anyway, and he must see Anna.
    await poll(() => presenceTitles(a.page), { timeout: 5_000 }).toEqual(['Jordi Puig · Universitat del Mar']);
    await poll(() => presenceTitles(b.page), { timeout: 5_000 }).toEqual(['Anna de Vries · University of Northbridge']);
    // And the connection works: text flows both ways again.
    await typeInto(b.page, paragraph(b.page, 'curriculum', 0), 'Back after the blip.');
    await poll(() => textWithoutCarets(paragraph(a.page, 'curriculum', 0))).toBe('Back after the blip.');
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('reloading while the server is down shows the offline copy, and it is saved once the server is back', async () => {
    const cid = await newConsortium(srv!.server, 'offline-reload');
    const a = await openDossier(browser!, srv!.server, cid, ANNA);
    open.push(a);
    await expectSaved(a.page);
    // The service worker keeps the app shell once it controls the page.
    await poll(
      () =>
        a.page.evaluate(
          async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0]!)).keys()).length > 2,
        ),
      { timeout: 10_000 },
    ).toBe(true);
    await srv!.stop();
    await poll(() => statusText(a.page), { timeout: 10_000 }).toMatch(/^Offline/);
    await typeInto(a.page, paragraph(a.page, 'recruitment', 0), 'Offline, then reloaded.');
    await poll(() => offlineCopyText(a.page, cid), { timeout: 5_000 }).toContain('Offline, then reloaded.');

    // Typed just before leaving: the offline copy is written in batches, and leaving the page writes
    // what is pending at once.
    await a.page.keyboard.type(' Last words.');
    // The service worker serves the app shell, the page remembers who Anna is, and the dossier comes
    // from this browser's IndexedDB copy.
    await a.page.reload();
    await poll(() => a.page.locator('section.chapter').count(), { timeout: 15_000 }).toBe(19);
    await poll(() => textWithoutCarets(paragraph(a.page, 'recruitment', 0))).toBe('Offline, then reloaded. Last words.');
    await poll(() => statusText(a.page)).toMatch(/^Offline|^Connecting/);

    // Back online: the offline edit reaches the server.
    await srv!.start();
    await expectSaved(a.page, 20_000);
    const fresh = await openDossier(browser!, srv!.server, cid, JORDI);
    open.push(fresh);
    await poll(() => textWithoutCarets(paragraph(fresh.page, 'recruitment', 0))).toBe('Offline, then reloaded. Last words.');
  });
});

describe('save status while typing', () => {
  it('says "Saving…" once for a burst of typing and "All changes saved" after it, without flickering at every key', async () => {
    const cid = await newConsortium(srv!.server, 'pill');
    const a = await openDossier(browser!, srv!.server, cid, ANNA);
    open.push(a);
    await expectSaved(a.page);
    await recordStatus(a.page);
    const sentence = 'Each partner keeps its own quality assurance.';
    await typeInto(a.page, paragraph(a.page, 'quality', 0), '');
    await a.page.keyboard.type(sentence, { delay: 40 });
    await expectSaved(a.page);
    // Every key was sent and confirmed separately (within milliseconds here); the pill said so once.
    expect(await statusHistory(a.page)).toEqual(['Saving…', 'All changes saved']);
    const fresh = await openDossier(browser!, srv!.server, cid, JORDI);
    open.push(fresh);
    await poll(() => textWithoutCarets(paragraph(fresh.page, 'quality', 0))).toBe(sentence);
  });
});

describe('offline copy of a document the page may not change', () => {
  it('a reader whose offline copy loads while the socket is still syncing sends the server none of it back', async () => {
    const cid = await newConsortium(srv!.server, 'reader-copy');
    const a = await openDossier(browser!, srv!.server, cid, ANNA);
    open.push(a);
    await typeInto(a.page, paragraph(a.page, 'concept', 0), 'A sentence for the reader.');
    // Something in the discussion document as well (it changes only through the API).
    await a.page.getByTestId('meta-concept').getByLabel('Chapter status').selectOption({ label: 'In review' });
    await expectSaved(a.page);

    const v = await openDossier(browser!, srv!.server, cid, VIKTOR);
    open.push(v);
    await poll(() => textWithoutCarets(paragraph(v.page, 'concept', 0))).toBe('A sentence for the reader.');
    await poll(() => v.page.getByTestId('meta-concept').innerText()).toContain('In review');
    // Both documents are in Viktor's offline copy now.
    await poll(() => v.page.evaluate(async () => (await indexedDB.databases()).length)).toBe(2);

    // Next time, the offline copy finishes loading 0.8 s after the page asked for it and the server's
    // answers come 1.5 s late: the copy lands after the socket opened and before the handshake ends,
    // the moment it used to be sent back.
    await v.context.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        const request = open.apply(this, args);
        if (!String(args[0]).startsWith('jointly/')) return request;
        let onsuccess: ((event: Event) => void) | null = null;
        Object.defineProperty(request, 'onsuccess', { get: () => onsuccess, set: (f) => (onsuccess = f) });
        request.addEventListener('success', (event) => setTimeout(() => onsuccess?.call(request, event), 800));
        return request;
      };
    });
    const sent: { socket: string; kind: string; bytes: number }[] = [];
    await v.page.routeWebSocket(/\/sync\//, (socket) => {
      const server = socket.connectToServer();
      const name = new URL(socket.url()).pathname.split('/').pop()!;
      socket.onMessage((message) => {
        const bytes = typeof message === 'string' ? Buffer.from(message) : message;
        // y-protocols sync messages: [0, 0 step 1 | 1 step 2 | 2 update, ...]; an empty step 2 is 5 bytes.
        if (bytes[0] === 0 && (bytes[1] === 2 || (bytes[1] === 1 && bytes.length > 5)))
          sent.push({ socket: name, kind: bytes[1] === 2 ? 'update' : 'step 2', bytes: bytes.length });
        server.send(message);
      });
      server.onMessage((message) => setTimeout(() => socket.send(message), 1500));
    });
    const warnings: string[] = [];
    v.page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await v.page.reload();
    await poll(() => textWithoutCarets(paragraph(v.page, 'concept', 0)), { timeout: 15_000 }).toBe('A sentence for the reader.');
    await poll(() => statusText(v.page), { timeout: 15_000 }).toBe('Read-only');
    await poll(() => v.page.getByTestId('meta-concept').innerText()).toContain('In review');
    // Long enough for any refusal to come back through the delayed socket.
    await v.page.waitForTimeout(2000);
    expect(sent).toEqual([]);
    expect(warnings.filter((w) => w.includes('Permission denied'))).toEqual([]);
  });
});
