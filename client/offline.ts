/**
 * Keeps the app usable without a connection: a service worker serves the app shell, and the last
 * answers about who you are and your consortium are remembered, so a reload while offline still
 * opens the dossier from this browser's copy.
 *
 * The worker is registered once the page has loaded and gone quiet: it fetches every asset again to
 * keep it, and doing that during the load (on a two-core machine) cost the dossier about a tenth of
 * its time to editable. It only matters for the next load anyway.
 */
export function registerOfflineShell(): void {
  if (!('serviceWorker' in navigator)) return;
  void whenQuiet(QUIET_MS, AT_MOST_MS).then(register);
}

/** No resource finished loading for this long. */
const QUIET_MS = 1000;
/** A page that keeps fetching (polling, a slow stream of images) still gets its worker. */
const AT_MOST_MS = 10_000;

/** After the `load` event, once no resource has finished loading for `quietMs` (or `atMostMs` passed), at an idle moment. */
function whenQuiet(quietMs: number, atMostMs: number): Promise<void> {
  return new Promise((resolve) => {
    const afterLoad = () => {
      const started = performance.now();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const observer = new PerformanceObserver(() => arm());
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1000 });
        else resolve();
      };
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(done, Math.max(0, Math.min(quietMs, atMostMs - (performance.now() - started))));
      };
      observer.observe({ type: 'resource' });
      arm();
    };
    if (document.readyState === 'complete') afterLoad();
    else addEventListener('load', afterLoad, { once: true });
  });
}

function register(): void {
  navigator.serviceWorker
    .register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const assets = (entries: PerformanceEntryList) =>
        entries.map((e) => e.name).filter((u) => new URL(u).pathname.startsWith('/assets/'));
      registration.active?.postMessage({ cache: ['/index.html', ...assets(performance.getEntriesByType('resource'))] });
      // Chunks loaded later (the comments panel, another page) are kept too, so an offline reload finds them.
      new PerformanceObserver((list) => {
        const later = assets(list.getEntries());
        if (later.length > 0) registration.active?.postMessage({ cache: later });
      }).observe({ type: 'resource' });
    })
    .catch(() => undefined);
}

const KEY = 'jointly:last:';

/** Network first; when the network itself fails (not an HTTP error), the last good answer. */
export async function withOfflineFallback<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    const value = await load();
    try {
      localStorage.setItem(KEY + name, JSON.stringify(value));
    } catch {
      // storage full or disabled: offline reloads just won't have it
    }
    return value;
  } catch (error) {
    const offline = error instanceof TypeError; // fetch() rejects with TypeError when there is no network
    const cached = offline ? localStorage.getItem(KEY + name) : null;
    if (cached) return JSON.parse(cached) as T;
    throw error;
  }
}

/** Forget remembered answers (sign-out). */
export function forgetOfflineAnswers(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(KEY)) localStorage.removeItem(key);
}
