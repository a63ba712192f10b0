/**
 * The dossier page's frame, drawn without React while the page opens: the bars, columns and the
 * place of the text, with the same classes as the page React draws later, so the text appears where
 * it stays. React's root is hidden meanwhile (`html.early-dossier` in styles.css): it first shows
 * "Opening…" until it knows who is signed in, which would otherwise flash above the text.
 *
 * Plain `div`s only: no landmarks or names a screen reader would find twice.
 */
const SHELL_ID = 'early-shell';
const MARK = 'early-dossier';

export function drawEarlyShell(): HTMLElement {
  const shell = document.createElement('div');
  shell.id = SHELL_ID;
  shell.className = 'app';
  shell.setAttribute('aria-busy', 'true');
  shell.innerHTML =
    '<div class="topbar"></div>' +
    '<div class="workspace with-panel">' +
    '<div class="sidebar"></div>' +
    '<div class="document"><div class="early-above-text"></div><div class="editor-shell"><div class="early-text"></div></div></div>' +
    '<div class="thread-panel"></div>' +
    '</div>';
  document.body.append(shell);
  document.documentElement.classList.add(MARK);
  return shell.querySelector<HTMLElement>('.early-text')!;
}

/** Marks the frame for a writer (room for the toolbar) or a reader, with the prompt of an empty paragraph. */
export function setEarlyShellRole(writer: boolean, emptyPrompt: string): void {
  const shell = document.querySelector<HTMLElement>(`#${SHELL_ID} .editor-shell`);
  shell?.classList.add(writer ? 'for-writer' : 'for-reader');
  shell?.style.setProperty('--empty-prompt', JSON.stringify(emptyPrompt));
}

/** The page has taken over (or the early start gave up): the frame goes and React's root shows. */
export function endEarlyShell(): void {
  document.getElementById(SHELL_ID)?.remove();
  document.documentElement.classList.remove(MARK);
}
