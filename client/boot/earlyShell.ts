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
    '<div class="document"><div class="editor-shell"><div class="early-above-text"></div><div class="early-text"></div></div></div>' +
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
  const top = rememberedTextTop(writer);
  if (top !== undefined) shell?.style.setProperty('--early-text-top', `${top}px`);
}

/**
 * How far below the top of the text column the page drew the text last time, in a window this wide:
 * the toolbar wraps onto a second line in narrower windows and in longer languages, which the
 * frame's defaults (styles.css) cannot know, so the frame takes the page's last measure.
 */
const TEXT_TOP_KEY = 'jointly.textTop';

interface TextTop {
  width: number;
  writer: boolean;
  top: number;
}

function rememberedTextTop(writer: boolean): number | undefined {
  try {
    const kept = JSON.parse(localStorage.getItem(TEXT_TOP_KEY) ?? 'null') as TextTop | null;
    return kept && kept.width === innerWidth && kept.writer === writer && kept.top >= 0 && kept.top < 400 ? kept.top : undefined;
  } catch {
    return undefined; // no storage here, or something else under the key: the defaults do
  }
}

/** Called by the page once it shows the text: where it is, for the next opening's frame. */
export function rememberTextTop(text: HTMLElement, writer: boolean): void {
  const column = text.closest<HTMLElement>('.document');
  if (!column) return;
  const top = Math.round(
    text.getBoundingClientRect().top - column.getBoundingClientRect().top - parseFloat(getComputedStyle(column).paddingTop),
  );
  try {
    localStorage.setItem(TEXT_TOP_KEY, JSON.stringify({ width: innerWidth, writer, top } satisfies TextTop));
  } catch {
    // Storage can be unavailable (private modes): the frame keeps its defaults.
  }
}

/** The page has taken over (or the early start gave up): the frame goes and React's root shows. */
export function endEarlyShell(): void {
  document.getElementById(SHELL_ID)?.remove();
  document.documentElement.classList.remove(MARK);
}
