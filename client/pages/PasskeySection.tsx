import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../api.ts';
import { fetchPasskeys, removePasskey, type PasskeyInfo } from '../accountApi.ts';
import { formatMoment } from '../components/dates.ts';
import { addPasskey, passkeyProblem, passkeysSupported } from '../passkeyClient.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';

/** The account page's passkeys: add one on this device, see where they were made and last used, remove any. */
export function PasskeySection() {
  const t = useT();
  const { locale } = useLocale();
  const [passkeys, setPasskeys] = useState<PasskeyInfo[]>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const load = useCallback(() => fetchPasskeys().then((r) => setPasskeys(r.passkeys)), []);
  useEffect(() => void load(), [load]);

  const add = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await addPasskey();
      await load();
    } catch (e) {
      setProblem(passkeyProblem(e, t));
    }
    setBusy(false);
  };

  return (
    <section data-testid="passkeys">
      <h2>{t('passkey.heading')}</h2>
      <p>{t('passkey.intro')}</p>
      {passkeys && passkeys.length > 0 && (
        <ul className="session-list">
          {passkeys.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> · {t('passkey.added', { when: formatMoment(p.createdAt, locale) })}
              {' · '}
              {p.lastUsedAt ? t('passkey.lastUsed', { when: formatMoment(p.lastUsedAt, locale) }) : t('passkey.notUsed')}{' '}
              <button
                type="button"
                className="button ghost small"
                onClick={() => removePasskey(p.id).then(load, (e: unknown) => setProblem(describeError(e).message))}
              >
                {t('passkey.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {passkeysSupported() ? (
        <button type="button" className="button" onClick={add} disabled={busy}>
          {busy ? t('passkey.followPrompt') : t('passkey.add')}
        </button>
      ) : (
        <p>{t('passkey.unsupported')}</p>
      )}
    </section>
  );
}
