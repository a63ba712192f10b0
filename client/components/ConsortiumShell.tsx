import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ApiError, fetchConsortium, fetchSession, switchConsortium, type Consortium, type Identity, type Membership } from '../api.ts';
import { Notice } from './Notice.tsx';
import { WayOn } from './WayOn.tsx';
import { TopBar, type ConsortiumTab } from './TopBar.tsx';
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
      return <Notice title="Opening…" />;
    case 'signed-out':
      return (
        <Notice title="Please sign in first" body="Open the invitation link your coordinator sent you, or start a new consortium.">
          <p className="notice-actions">
            <a className="button" href="/">
              Go to the start page
            </a>
          </p>
        </Notice>
      );
    case 'elsewhere':
      return <Elsewhere consortiumId={consortiumId} membership={state.membership} />;
    case 'error':
      return (
        <Notice title="This page could not be opened" body={state.message}>
          <p className="notice-actions">
            <a className="button" href={location.pathname}>
              Try again
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
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!membership) {
    return (
      <Notice title="You are not a member of this consortium" body="To join it, ask its coordinator for an invitation link.">
        <WayOn except={consortiumId} />
      </Notice>
    );
  }
  return (
    <Notice title={`Open ${membership.consortiumName}?`} body="You are currently working in another consortium.">
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
          Switch to {membership.consortiumName}
        </button>
        <a className="button" href="/">
          Stay where I am
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
