import type { KeyboardEvent } from 'react';

/**
 * Ctrl+Enter (Cmd+Enter on a Mac) sends what is written in a comment box, as in the mail and chat
 * tools people know; a plain Enter stays a new line. It presses the form's own send button, so a
 * box whose button is disabled (nothing written, a request under way) sends nothing.
 */
export function sendOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
  event.preventDefault();
  const button = event.currentTarget.form?.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (button && !button.disabled) button.click();
}

/** For the box's `aria-keyshortcuts`, so screen readers announce the shortcut. */
export const SEND_SHORTCUT = 'Control+Enter Meta+Enter';
