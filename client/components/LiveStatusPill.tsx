import { useMemo, useSyncExternalStore } from 'react';
import type { SaveStatus } from '../collab/session.ts';
import { StatusPill } from './StatusPill.tsx';

export const CONNECTING: SaveStatus = { kind: 'connecting' };

/**
 * The save status, subscribed to on its own: it changes when a burst of typing starts and ends ("Saving…", then saved),
 * and only the pill needs to redraw for that, not the top bar or the page around the editor.
 */
export function LiveStatusPill(props: { subscribe: (cb: () => void) => () => void; statusNow: () => SaveStatus; canComment: boolean }) {
  const status = useSyncExternalStore(props.subscribe, props.statusNow);
  const shown = useMemo(
    () => (status.kind === 'read-only' ? { kind: 'read-only' as const, canComment: props.canComment } : status),
    [status, props.canComment],
  );
  return <StatusPill status={shown} />;
}
