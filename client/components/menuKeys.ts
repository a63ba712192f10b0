import type { KeyboardEvent } from 'react';

/**
 * What a menu's keys do among its items (the ARIA menu pattern): ArrowDown and ArrowUp move to the
 * next and previous item, wrapping at the ends, Home and End to the first and last. True when the key
 * was one of these and the focus moved.
 */
export function moveInMenu(event: KeyboardEvent, items: HTMLElement[]): boolean {
  const at = items.indexOf(document.activeElement as HTMLElement);
  const keys: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at < 0 ? -1 : at - 1, Home: 0, End: -1 };
  const to = keys[event.key];
  if (to === undefined || items.length === 0) return false;
  event.preventDefault();
  items[(to + items.length) % items.length]!.focus();
  return true;
}
