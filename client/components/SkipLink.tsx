import type { MouseEvent } from 'react';

/** The id of each page's main region, where "Skip to content" leads. */
export const MAIN_CONTENT = 'main-content';

/**
 * The first stop of the Tab key: hidden until focused, then it lets keyboard users jump past the
 * header. `onSkip` replaces the jump, e.g. to put the caret into the dossier's text.
 */
export function SkipLink({ label, target = MAIN_CONTENT, onSkip }: { label: string; target?: string; onSkip?: () => void }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (onSkip) return onSkip();
    document.getElementById(target)?.focus();
  };
  return (
    <a className="skip-link" href={`#${target}`} onClick={skip} data-testid="skip-link">
      {label}
    </a>
  );
}
