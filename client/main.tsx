import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { isValidId } from '../shared/names.ts';
import { Notice } from './components/Notice.tsx';
import { WayOn } from './components/WayOn.tsx';
import { I18nProvider, initialLocale } from './i18n/I18nProvider.tsx';
import { loadMessages } from './i18n/catalogs.ts';
import { en } from './i18n/messages/en.ts';
import { useT } from './i18n/useT.ts';
import './styles.css';
import { registerOfflineShell } from './offline.ts';

// Each page is its own chunk: the start and join pages do not download the editor, nor the dossier the forms.
const DossierPage = lazy(() => import('./pages/DossierPage.tsx').then((m) => ({ default: m.DossierPage })));
const HomePage = lazy(() => import('./pages/HomePage.tsx').then((m) => ({ default: m.HomePage })));
const JoinPage = lazy(() => import('./pages/JoinPage.tsx').then((m) => ({ default: m.JoinPage })));
const PartnersPage = lazy(() => import('./pages/PartnersPage.tsx').then((m) => ({ default: m.PartnersPage })));
const DashboardPage = lazy(() => import('./pages/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const SignInPage = lazy(() => import('./pages/SignInPage.tsx').then((m) => ({ default: m.SignInPage })));
const AccountPage = lazy(() => import('./pages/AccountPage.tsx').then((m) => ({ default: m.AccountPage })));
const ReadinessPage = lazy(() => import('./pages/ReadinessPage.tsx').then((m) => ({ default: m.ReadinessPage })));
const PeoplePage = lazy(() => import('./pages/PeoplePage.tsx').then((m) => ({ default: m.PeoplePage })));

/** Invite codes are base64url. */
const INVITE_CODE = /^[A-Za-z0-9_-]{1,128}$/;

function Route() {
  const t = useT();
  const path = location.pathname;
  const consortium = /^\/c\/([^/]+)(?:\/(dossier|partners|people|readiness))?\/?$/.exec(path);
  if (consortium) {
    const id = consortium[1]!;
    if (!isValidId(id))
      return (
        <Notice title={t('app.noConsortium.title')} body={t('app.noConsortium.body')}>
          <WayOn />
        </Notice>
      );
    if (consortium[2] === 'partners') return <PartnersPage consortiumId={id} />;
    if (consortium[2] === 'people') return <PeoplePage consortiumId={id} />;
    if (consortium[2] === 'readiness') return <ReadinessPage consortiumId={id} />;
    if (consortium[2] === 'dossier') return <DossierPage consortiumId={id} />;
    return <DashboardPage consortiumId={id} />;
  }
  const join = /^\/join\/([^/]+)\/?$/.exec(path);
  if (join) {
    const code = join[1]!;
    if (INVITE_CODE.test(code)) return <JoinPage code={code} />;
    return (
      <Notice title={t('app.badInvite.title')} body={t('app.badInvite.body')}>
        <WayOn />
      </Notice>
    );
  }
  if (path === '/') return <HomePage />;
  if (path === '/signin') return <SignInPage />;
  if (path === '/account') return <AccountPage />;
  return (
    <Notice title={t('app.notFound.title')} body={t('app.notFound.body')}>
      <WayOn />
    </Notice>
  );
}

registerOfflineShell();

function App() {
  const t = useT();
  return (
    <Suspense fallback={<Notice title={t('app.opening')} />}>
      <Route />
    </Suspense>
  );
}

// The first render waits for the reader's language (a small chunk), so no English flashes by first.
const locale = initialLocale();
void loadMessages(locale)
  .then((messages) => ({ locale, messages }))
  .catch(() => ({ locale: 'en' as const, messages: en })) // offline before the chunk was cached
  .then((first) => {
    document.documentElement.lang = first.locale;
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <I18nProvider first={first}>
          <App />
        </I18nProvider>
      </StrictMode>,
    );
  });
