import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/react';
import { DocumentName } from '../../shared/names.ts';
import { canWrite as roleCanWrite } from '../../shared/roles.ts';
import { fetchConsortium, fetchMe, type Consortium, type Identity, ApiError } from '../api.ts';
import { openSession, type CollabSession } from '../collab/session.ts';
import { useAwarenessUsers } from '../collab/useAwarenessUsers.ts';
import { partnerColor } from '../colors.ts';
import { DossierEditor } from '../editor/DossierEditor.tsx';
import { Sidebar } from '../components/Sidebar.tsx';
import { TopBar } from '../components/TopBar.tsx';
import { Notice } from '../components/Notice.tsx';

export function DossierPage({ consortiumId }: { consortiumId: string }) {
  const [who, setWho] = useState<{ identity: Identity; consortium: Consortium } | { error: string } | undefined>();

  useEffect(() => {
    (async () => {
      const identity = await fetchMe();
      if (identity.consortiumId !== consortiumId) throw new ApiError(403, 'forbidden', 'You are signed in for another consortium.');
      setWho({ identity, consortium: await fetchConsortium(consortiumId) });
    })().catch((error: unknown) => setWho({ error: error instanceof Error ? error.message : String(error) }));
  }, [consortiumId]);

  if (!who) return <Notice title="Opening the dossier…" />;
  if ('error' in who) return <Notice title="You cannot open this dossier" body={who.error} />;
  return <Workspace identity={who.identity} consortium={who.consortium} />;
}

function Workspace({ identity, consortium }: { identity: Identity; consortium: Consortium }) {
  const canWrite = roleCanWrite(identity.role, DocumentName.dossier);
  const [session, setSession] = useState<CollabSession>();
  const [active, setActive] = useState('');
  const [editor, setEditor] = useState<Editor>();

  // Created in an effect (not in render) so React's double-invocation in development cannot open two sockets.
  useEffect(() => {
    const s = openSession(consortium.id, DocumentName.dossier, { canWrite });
    setSession(s);
    return () => s.destroy();
  }, [consortium.id, canWrite]);

  const subscribe = useCallback((cb: () => void) => session?.onStatus(cb) ?? (() => {}), [session]);
  const status = useSyncExternalStore(subscribe, () => session?.status() ?? { kind: 'connecting' as const });
  const ready = useSyncExternalStore(subscribe, () => session?.ready() ?? false);
  const users = useAwarenessUsers(session?.provider.awareness);

  // The sidebar follows the chapter in view: the last chapter whose top has scrolled past the toolbar.
  useEffect(() => {
    if (!editor) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        let current = '';
        for (const el of document.querySelectorAll<HTMLElement>('section.chapter')) {
          if (el.getBoundingClientRect().top > window.innerHeight * 0.35) break;
          current = el.dataset.key ?? current;
        }
        setActive(current || (document.querySelector<HTMLElement>('section.chapter')?.dataset.key ?? ''));
      });
    };
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [editor, ready]);

  const jump = (key: string) => {
    document.getElementById(`chapter-${key}`)?.scrollIntoView({ block: 'start' });
  };

  if (!session) return <Notice title="Opening the dossier…" />;
  const color = partnerColor(identity.partnerId, consortium.partners.map((p) => p.id));
  return (
    <div className="app">
      <TopBar consortium={consortium} identity={identity} users={users} status={status} />
      <div className="workspace">
        <Sidebar users={users} active={active} onJump={jump} />
        <main className="document">
          {!ready && <div className="loading-doc">Loading the dossier…</div>}
          <DossierEditor
            session={session}
            canWrite={canWrite}
            ready={ready}
            user={{ name: identity.name, color, partner: identity.partnerId, role: identity.role }}
            onEditor={setEditor}
          />
        </main>
      </div>
    </div>
  );
}
