import { useEffect, useState } from 'react';
import { fetchSession, type Membership } from '../api.ts';
import { useT } from '../i18n/useT.ts';

/**
 * The way on from a page that is a dead end (a broken invitation link, a consortium you are not
 * in, an unknown address): your own consortia when you are signed in, the start page otherwise.
 */
export function WayOn({ except }: { except?: string }) {
  const t = useT();
  // undefined while asking; null when signed out (or the server cannot be reached).
  const [memberships, setMemberships] = useState<Membership[] | null>();
  useEffect(() => {
    let live = true;
    fetchSession().then(
      (r) =>
        live &&
        setMemberships(
          r.memberships.length
            ? r.memberships
            : [{ consortiumId: r.identity.consortiumId, consortiumName: '', partnerName: '', role: r.identity.role }],
        ),
      () => live && setMemberships(null),
    );
    return () => {
      live = false;
    };
  }, []);

  const mine = (memberships ?? []).filter((m) => m.consortiumId !== except);
  return (
    <div className="way-on" data-testid="way-on">
      {mine.length > 0 && (
        <>
          <p className="way-on-lead">{t('wayOn.yourConsortia')}</p>
          <p className="notice-actions">
            {mine.map((m) => (
              <a key={m.consortiumId} className="button primary" href={`/c/${encodeURIComponent(m.consortiumId)}`}>
                {m.consortiumName ? t('wayOn.open', { name: m.consortiumName }) : t('wayOn.openYours')}
              </a>
            ))}
          </p>
        </>
      )}
      {memberships === null && (
        <p className="way-on-lead">
          {t('wayOn.signedOut')} <a href="/signin">{t('wayOn.signInLink')}</a>
        </p>
      )}
      <p className="notice-actions">
        <a className="button" href="/">
          {t('common.goToStart')}
        </a>
      </p>
    </div>
  );
}
