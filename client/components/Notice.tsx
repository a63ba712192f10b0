import type { ReactNode } from 'react';
import { LanguageMenu } from '../i18n/LanguageMenu.tsx';

/** A calm full-page message: loading, signed out, no access. */
export function Notice({ title, body, children }: { title: string; body?: string; children?: ReactNode }) {
  return (
    <div className="notice-page">
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
        <h1>{title}</h1>
        {body && <p>{body}</p>}
        {children}
      </div>
    </div>
  );
}
