import { useCallback, useEffect, useRef, useState } from 'react';
import { roleLabel } from '../../shared/i18n/content/terms.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { fetchConsortium, fetchSession, type Consortium, type Identity, ApiError } from '../api.ts';
import { takeEarly } from '../earlyAnswers.ts';
import { Notice } from '../components/Notice.tsx';
import { WayOn } from '../components/WayOn.tsx';
import { Workspace } from './DossierWorkspace.tsx';
import { dropEarlySessions, openEarly } from '../collab/earlySessions.ts';
import { endEarlyShell } from '../boot/earlyShell.ts';
import { DocumentName } from '../../shared/names.ts';
import { useT } from '../i18n/useT.ts';

/**
 * Starts the dossier's document on its way while the page asks who is signed in (see
 * earlySessions.ts). The discussion waits for the dossier's text (`useDiscussion`'s `start`).
 */
export function openDossierEarly(consortiumId: string): void {
  openEarly(consortiumId, DocumentName.dossier);
}

export function DossierPage({ consortiumId }: { consortiumId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [who, setWho] = useState<{ identity: Identity; consortium: Consortium } | { error: string } | undefined>();
  // Bumped when the server says our membership changed (4409): remounts the workspace with a fresh session.
  const [generation, setGeneration] = useState(0);
  const [roleNote, setRoleNote] = useState('');

  const load = useCallback(async () => {
    // Both questions at once (one waiting for the other cost a round trip behind a busy main thread),
    // the first time taken from those asked with the page's chunk (routes.tsx); who is signed in
    // still decides which answer the page gives.
    const [me, consortium] = await Promise.allSettled([
      takeEarly('me', fetchSession).then((session) => session.identity),
      takeEarly(`consortium:${consortiumId}`, () => fetchConsortium(consortiumId)),
    ]);
    if (me.status === 'rejected') throw me.reason;
    if (me.value.consortiumId !== consortiumId) throw new ApiError(403, 'forbidden', t('dossier.otherConsortium'));
    if (consortium.status === 'rejected') throw consortium.reason;
    return { identity: me.value, consortium: consortium.value };
  }, [consortiumId, t]);

  const whoRef = useRef(who);
  useEffect(() => {
    whoRef.current = who;
  }, [who]);

  useEffect(() => {
    load().then(setWho, (error: unknown) => {
      dropEarlySessions();
      endEarlyShell();
      setWho({ error: error instanceof Error ? error.message : String(error) });
    });
  }, [load]);

  const onMembershipChanged = useCallback(() => {
    load().then(
      (next) => {
        const was = whoRef.current && 'identity' in whoRef.current ? whoRef.current.identity : undefined;
        if (was && was.role !== next.identity.role) setRoleNote(t('dossier.roleChanged', { role: roleLabel(next.identity.role, locale) }));
        else if (was && was.partnerId !== next.identity.partnerId) setRoleNote(t('dossier.partnerChanged'));
        setWho(next);
        setGeneration((g) => g + 1);
      },
      (error: unknown) => setWho({ error: error instanceof Error ? error.message : String(error) }),
    );
  }, [load, t, locale]);

  if (!who) return <Notice title={t('dossier.opening')} />;
  if ('error' in who)
    return (
      <Notice title={t('dossier.cannotOpen')} body={who.error}>
        <p className="notice-actions">
          {/* The overview knows how to switch consortium or ask to sign in. */}
          <a className="button primary" href={`/c/${consortiumId}`}>
            {t('dossier.openOverview')}
          </a>
        </p>
        <WayOn except={consortiumId} />
      </Notice>
    );
  return (
    <Workspace
      key={generation}
      identity={who.identity}
      consortium={who.consortium}
      roleNote={roleNote}
      onMembershipChanged={onMembershipChanged}
    />
  );
}
