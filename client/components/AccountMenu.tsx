import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { signOut } from '../api.ts';
import { useT } from '../i18n/useT.ts';
import { moveInMenu } from './menuKeys.ts';

/**
 * The person's name and role open a small menu (Account, Sign out), following the WAI-ARIA menu
 * button pattern: at 1280 px the name, the language menu and two buttons no longer fitted the top bar.
 */
export function AccountMenu({ name, detail }: { name: string; detail: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);

  // A click anywhere else closes the menu, as every menu on the page does.
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, close]);

  const openAt = (which: 'first' | 'last') => {
    setOpen(true);
    requestAnimationFrame(() => {
      const list = items();
      (which === 'first' ? list[0] : list[list.length - 1])?.focus();
    });
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt('first');
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt('last');
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (moveInMenu(e, items())) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  const leave = async () => {
    setBusy(true);
    // Leave even if the request fails: the worst case is a cookie that is still valid.
    await signOut().catch(() => undefined);
    location.assign('/');
  };

  return (
    <div className="account-menu">
      <button
        ref={button}
        type="button"
        className="me"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid="account-menu"
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >
        <span className="me-name">{name}</span>
        <span className="me-role">{detail}</span>
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" aria-label={name} className="account-menu-list" onKeyDown={onMenuKey}>
          <a role="menuitem" tabIndex={-1} href="/account">
            {t('topbar.account')}
          </a>
          <button role="menuitem" tabIndex={-1} type="button" disabled={busy} onClick={() => void leave()}>
            {t('topbar.signOut')}
          </button>
        </div>
      )}
    </div>
  );
}
