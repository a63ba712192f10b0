import { isValidId } from '../shared/names.ts';
import { initialLocale } from './i18n/initialLocale.ts';
import { askEarly } from './earlyAnswers.ts';
import { fetchConsortium, fetchSession } from './api.ts';
import { DOSSIER_ADDRESS, dossierStateUrl } from './boot/dossierAddress.ts';
import './styles.css';

/**
 * The first script of every page. On the dossier, the text opens first (`boot/dossierFirst.ts`:
 * the document, the editor, no React) and the page around it follows (`app.tsx`); every other
 * address goes straight to the page.
 */

// Node views outside React (chapter headings) read the language from here; the app sets the same value.
document.documentElement.lang = initialLocale();

/** The page follows without the text if opening it takes longer than this (a slow network). */
const PAGE_AT_THE_LATEST_MS = 3000;

const dossier = DOSSIER_ADDRESS.exec(location.pathname)?.[1];
if (dossier && isValidId(dossier)) {
  // Who is signed in, and the consortium (the carets' colours), asked at once too: on a busy machine
  // asking only once the editor's code had run put these answers last, behind the text.
  askEarly('me', fetchSession);
  askEarly(`consortium:${dossier}`, () => fetchConsortium(dossier));
  // The text itself sets off over HTTP, while the code that opens the socket is on its way: asked
  // already by index.html's inline script (the build writes it), or else at once here.
  const state =
    window.__jointlyDossierState ??
    fetch(dossierStateUrl(dossier))
      .then((res) => (res.ok ? res.arrayBuffer() : undefined))
      .catch(() => undefined); // signed out, not a member, offline: the socket's answer decides
  const textFirst = import('./boot/dossierFirst.ts').then((m) => m.openDossierFirst(dossier, state)).catch(() => undefined);
  // After the frame that shows the text: the page's script would otherwise compete with drawing it.
  // (A tab opened in the background draws no frames: it goes on after a moment anyway.)
  const afterNextPaint = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      setTimeout(resolve, 250);
    });
  const atTheLatest = new Promise((resolve) => setTimeout(resolve, PAGE_AT_THE_LATEST_MS));
  void Promise.race([textFirst.then(afterNextPaint), atTheLatest]).then(() => import('./app.tsx'));
} else {
  void import('./app.tsx');
}
