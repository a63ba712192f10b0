import type { ReactNode } from 'react';
import { LanguageMenu } from '../i18n/LanguageMenu.tsx';
import { useT } from '../i18n/useT.ts';
import { MAIN_CONTENT, SkipLink } from './SkipLink.tsx';

/** A calm full-page message: loading, signed out, no access. */
export function Notice({ title, body, children }: { title: string; body?: string; children?: ReactNode }) {
  const t = useT();
  return (
    <main className="notice-page" id={MAIN_CONTENT} tabIndex={-1}>
      <SkipLink label={t('a11y.skipToContent')} target="notice-title" />
      <div className="notice-card">
        <div className="notice-head">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              J
            </span>
            <span className="brand-name">Jointly</span>
          </div>
          <LanguageMenu />
        </div>
        <h1 id="notice-title" tabIndex={-1}>
          {title}
        </h1>
        {body && <p>{body}</p>}
        {children}
      </div>
    </main>
  );
}
