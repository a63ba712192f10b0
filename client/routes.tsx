import { createElement, type ComponentType, type ReactElement } from 'react';
import { isValidId } from '../shared/names.ts';
import { Notice } from './components/Notice.tsx';
import { WayOn } from './components/WayOn.tsx';
import type { Translate } from './i18n/useT.ts';
import type { MessageId } from './i18n/messages/en.ts';

/**
 * Which page an address shows. Every page is its own chunk (the start and join pages do not
 * download the editor, nor the dossier the forms), and every link is a full page load, so the page is
 * decided once, from the address, before the first render.
 */
export type Route = { kind: 'page'; load: () => Promise<ReactElement> } | { kind: 'notice'; render: (t: Translate) => ReactElement };

/** Invite codes are base64url. */
const INVITE_CODE = /^[A-Za-z0-9_-]{1,128}$/;

function page<P extends object>(load: () => Promise<ComponentType<P>>, props: P): Route {
  return { kind: 'page', load: () => load().then((component) => createElement(component, props)) };
}

function deadEnd(title: MessageId, body: MessageId): Route {
  return {
    kind: 'notice',
    render: (t) => (
      <Notice title={t(title)} body={t(body)}>
        <WayOn />
      </Notice>
    ),
  };
}

export function routeFor(path: string): Route {
  const consortium = /^\/c\/([^/]+)(?:\/(dossier|partners|people|readiness))?\/?$/.exec(path);
  if (consortium) {
    const consortiumId = consortium[1]!;
    if (!isValidId(consortiumId)) return deadEnd('app.noConsortium.title', 'app.noConsortium.body');
    switch (consortium[2]) {
      case 'partners':
        return page(() => import('./pages/PartnersPage.tsx').then((m) => m.PartnersPage), { consortiumId });
      case 'people':
        return page(() => import('./pages/PeoplePage.tsx').then((m) => m.PeoplePage), { consortiumId });
      case 'readiness':
        return page(() => import('./pages/ReadinessPage.tsx').then((m) => m.ReadinessPage), { consortiumId });
      case 'dossier':
        return page(
          () => {
            // Both questions went out with the first script (main.ts), and the document with them.
            return import('./pages/DossierPage.tsx').then((m) => {
              m.openDossierEarly(consortiumId);
              return m.DossierPage;
            });
          },
          { consortiumId },
        );
      default:
        return page(() => import('./pages/DashboardPage.tsx').then((m) => m.DashboardPage), { consortiumId });
    }
  }
  const join = /^\/join\/([^/]+)\/?$/.exec(path);
  if (join) {
    const code = join[1]!;
    return INVITE_CODE.test(code)
      ? page(() => import('./pages/JoinPage.tsx').then((m) => m.JoinPage), { code })
      : deadEnd('app.badInvite.title', 'app.badInvite.body');
  }
  if (path === '/') return page(() => import('./pages/HomePage.tsx').then((m) => m.HomePage), {});
  if (path === '/signin') return page(() => import('./pages/SignInPage.tsx').then((m) => m.SignInPage), {});
  if (path === '/account') return page(() => import('./pages/AccountPage.tsx').then((m) => m.AccountPage), {});
  return deadEnd('app.notFound.title', 'app.notFound.body');
}
