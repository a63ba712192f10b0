import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/**
 * A panel that opens over the page as a dialog: the keyboard's focus moves into it when it opens,
 * Escape closes it, and focus goes back to whatever opened it (the History button), so a keyboard
 * user is neither left behind the panel nor lost at the top of the page after it closes.
 */
export function useDialogFocus<T extends HTMLElement>(
  onClose: () => void,
): { ref: RefObject<T | null>; onKeyDown: (e: KeyboardEvent) => void } {
  const ref = useRef<T>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  };
  return { ref, onKeyDown };
}
