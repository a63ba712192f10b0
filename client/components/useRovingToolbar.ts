import { useEffect, useRef, type KeyboardEvent } from 'react';

const ITEMS = 'button:not(:disabled), select:not(:disabled), input:not(:disabled)';

/**
 * The WAI-ARIA toolbar pattern: the toolbar is one Tab stop, and Left/Right/Home/End move between its
 * controls. The control that last had focus keeps the Tab stop, so coming back lands where one left.
 * Works on the DOM (tabindex) so the controls themselves need no props for it.
 */
export function useRovingToolbar<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
  const makeCurrent = (target: HTMLElement | undefined) => {
    if (!target) return;
    for (const item of items()) item.tabIndex = item === target ? 0 : -1;
  };

  useEffect(() => {
    const list = items();
    if (!list.some((item) => item.getAttribute('tabindex') === '0')) makeCurrent(list[0]);
  });

  const onKeyDown = (event: KeyboardEvent<T>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % list.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + list.length) % list.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? list.length - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    makeCurrent(list[to]);
    list[to]!.focus();
  };

  // A click or a programmatic focus also moves the Tab stop there.
  const onFocus = (event: { target: EventTarget }) => {
    if (event.target instanceof HTMLElement && event.target.matches(ITEMS)) makeCurrent(event.target);
  };

  return { ref, onKeyDown, onFocus };
}
