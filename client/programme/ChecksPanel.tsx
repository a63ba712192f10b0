import type { Finding } from '../../shared/programme/checkTypes.ts';
import { revealBlock } from './insertBlocks.ts';
import { checkText } from '../../shared/i18n/content/programmeChecks.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';

const ICON = { error: '✕', warning: '!', info: 'i' } as const;

/** Findings of the programme checks, errors first; each one jumps to the block and field it is about. */
export function ChecksPanel({ checks }: { checks: Finding[] }) {
  const t = useT();
  const { locale } = useLocale();
  const severity = { error: t('programme.severity.error'), warning: t('programme.severity.warning'), info: t('programme.severity.info') };
  if (checks.length === 0)
    return (
      <p className="pf-empty" data-testid="checks-clear">
        {t('programme.checks.clear')}
      </p>
    );
  return (
    <ul className="pf-checks" data-testid="checks">
      {checks.map((f, i) => (
        <li key={`${f.rule}-${f.target.block}-${f.target.field}-${i}`} className={`pf-check ${f.severity}`} data-rule={f.rule}>
          <button type="button" onClick={() => revealBlock(f.target.block, f.target.field)} disabled={!f.target.block}>
            <span className="pf-check-icon" aria-label={severity[f.severity]}>
              {ICON[f.severity]}
            </span>
            <span className="pf-check-text">{checkText(f.text, locale)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
