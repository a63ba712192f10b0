/**
 * Keeps the app usable without a connection: a service worker serves the app shell, and the last
 * answers about who you are and your consortium are remembered, so a reload while offline still
 * opens the dossier from this browser's copy.
 */
export function registerOfflineShell(): void {
  if (!('serviceWorker' in navigator)) return;
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
