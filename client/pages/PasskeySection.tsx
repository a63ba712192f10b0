import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../api.ts';
import { fetchPasskeys, removePasskey, type PasskeyInfo } from '../accountApi.ts';
import { formatMoment } from '../components/dates.ts';
import { addPasskey, passkeyProblem, passkeysSupported } from '../passkeyClient.ts';

/** The account page's passkeys: add one on this device, see where they were made and last used, remove any. */
export function PasskeySection() {
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
      setProblem(passkeyProblem(e));
    }
    setBusy(false);
  };

  return (
    <section data-testid="passkeys">
      <h2>Passkeys</h2>
      <p>A passkey lets you sign in on this device with its screen lock (fingerprint, face or PIN): nothing to type.</p>
      {passkeys && passkeys.length > 0 && (
        <ul className="session-list">
          {passkeys.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> · added {formatMoment(p.createdAt)}
              {p.lastUsedAt ? ` · last used ${formatMoment(p.lastUsedAt)}` : ' · not used yet'}{' '}
              <button
                type="button"
                className="button ghost small"
                onClick={() => removePasskey(p.id).then(load, (e: unknown) => setProblem(describeError(e).message))}
              >
                Remove
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
          {busy ? 'Follow your device’s prompt…' : 'Add a passkey on this device'}
        </button>
      ) : (
        <p>This browser cannot use passkeys.</p>
      )}
    </section>
  );
}
