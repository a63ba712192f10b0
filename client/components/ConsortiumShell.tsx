import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ApiError, fetchConsortium, fetchSession, switchConsortium, type Consortium, type Identity, type Membership } from '../api.ts';
import { Notice } from './Notice.tsx';
import { WayOn } from './WayOn.tsx';
import { TopBar, type ConsortiumTab } from './TopBar.tsx';
import { useT } from '../i18n/useT.ts';
import { MAIN_CONTENT } from './SkipLink.tsx';

export interface ShellContext {
  identity: Identity;
  memberships: Membership[];
  consortium: Consortium;
  isCoordinator: boolean;
  /** Fetch the consortium (partners) again after a change. */
  reloadConsortium: () => Promise<void>;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ok'; identity: Identity; memberships: Membership[]; consortium: Consortium }
  | { kind: 'signed-out' }
  | { kind: 'elsewhere'; identity: Identity; membership?: Membership }
  | { kind: 'error'; message: string };

/** The frame of the consortium pages that do not need the live document: /api/me, the consortium, the top bar. */
export function ConsortiumShell({
  consortiumId,
  tab,
  children,
}: {
  consortiumId: string;
  tab: ConsortiumTab;
  children: (ctx: ShellContext) => ReactNode;
}) {
  const t = useT();
  const [state, setState] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    (async (): Promise<Loaded> => {
      const { identity, memberships } = await fetchSession();
      if (identity.consortiumId !== consortiumId) {
        return { kind: 'elsewhere', identity, membership: memberships.find((m) => m.consortiumId === consortiumId) };
      }
      return { kind: 'ok', identity, memberships, consortium: await fetchConsortium(consortiumId) };
    })().then(
      (next) => live && setState(next),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) setState({ kind: 'signed-out' });
        else setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [consortiumId]);

  const reloadConsortium = useCallback(async () => {
    const consortium = await fetchConsortium(consortiumId);
    setState((s) => (s.kind === 'ok' ? { ...s, consortium } : s));
  }, [consortiumId]);

  switch (state.kind) {
    case 'loading':
      return <Notice title={t('shell.opening')} />;
    case 'signed-out':
      return (
        <Notice title={t('shell.signInFirst.title')} body={t('shell.signInFirst.body')}>
          <p className="notice-actions">
            <a className="button primary" href="/signin">
              {t('account.signIn')}
            </a>
            <a className="button" href="/">
              {t('common.goToStart')}
            </a>
          </p>
        </Notice>
      );
    case 'elsewhere':
      return <Elsewhere consortiumId={consortiumId} membership={state.membership} />;
    case 'error':
      return (
        <Notice title={t('shell.error.title')} body={state.message}>
          <p className="notice-actions">
            <a className="button" href={location.pathname}>
              {t('common.tryAgain')}
            </a>
          </p>
        </Notice>
      );
    case 'ok': {
      const { identity, memberships, consortium } = state;
      return (
        <div className="app">
          <TopBar consortium={consortium} identity={identity} memberships={memberships} tab={tab} />
          <main className="page" id={MAIN_CONTENT} tabIndex={-1}>
            {children({ identity, memberships, consortium, isCoordinator: identity.role === 'coordinator', reloadConsortium })}
          </main>
        </div>
      );
    }
  }
}

/** Signed in for one consortium, looking at another: offer to switch when the person belongs to it. */
function Elsewhere({ consortiumId, membership }: { consortiumId: string; membership?: Membership }) {
  const t = useT();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!membership) {
    return (
      <Notice title={t('shell.notMember.title')} body={t('shell.notMember.body')}>
        <WayOn except={consortiumId} />
      </Notice>
    );
  }
  return (
    <Notice title={t('shell.elsewhere.title', { name: membership.consortiumName })} body={t('shell.elsewhere.body')}>
      <p className="notice-actions">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await switchConsortium(consortiumId);
              location.reload();
            } catch (e) {
              setBusy(false);
              setError(e instanceof Error ? e.message : String(e));
            }
          }}
        >
          {t('shell.elsewhere.switch', { name: membership.consortiumName })}
        </button>
        <a className="button" href="/">
          {t('shell.elsewhere.stay')}
        </a>
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Notice>
  );
}
