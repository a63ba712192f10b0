import { StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Notice } from './components/Notice.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { initialLocale } from './i18n/initialLocale.ts';
import { loadMessages } from './i18n/catalogs.ts';
import { en } from './i18n/messages/en.ts';
import { useT, type Translate } from './i18n/useT.ts';
import { routeFor } from './routes.tsx';
import { registerOfflineShell } from './offline.ts';
import { endEarlyShell } from './boot/earlyShell.ts';

registerOfflineShell();

type Show = (t: Translate) => ReactElement;

function App({ show }: { show: Show }): ReactElement {
  return show(useT());
}

const route = routeFor(location.pathname);
/**
 * The page's chunk is fetched together with the language, and the first render waits for both: a
 * page behind a Suspense boundary would first commit a fallback, and React keeps a fallback it has
 * shown for at least 300 ms, which alone cost the dossier a quarter of its load time.
 */
const show: Promise<Show> =
  route.kind === 'notice'
    ? Promise.resolve(route.render)
    : route.load().then(
        (element) => () => element,
        // Offline before the chunk was cached.
        () => {
          endEarlyShell(); // the dossier's text may be there already, but not the page that keeps it
          return (t: Translate) => (
            <Notice title={t('app.loadFailed.title')} body={t('app.loadFailed.body')}>
              <p className="notice-actions">
                <button type="button" className="button primary" onClick={() => location.reload()}>
                  {t('app.loadFailed.reload')}
                </button>
              </p>
            </Notice>
          );
        },
      );

// The first render also waits for the reader's language (a small chunk), so no English flashes by first.
const locale = initialLocale();
const catalog = loadMessages(locale)
  .then((messages) => ({ locale, messages }))
  .catch(() => ({ locale: 'en' as const, messages: en })); // offline before the chunk was cached

void Promise.all([catalog, show]).then(([first, show]) => {
  document.documentElement.lang = first.locale;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider first={first}>
        <App show={show} />
      </I18nProvider>
    </StrictMode>,
  );
});
