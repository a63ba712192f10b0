import { Editor } from '@tiptap/core';
import { fetchConsortium, fetchSession } from '../api.ts';
import { peekEarly } from '../earlyAnswers.ts';
import { earlySession, openEarly } from '../collab/earlySessions.ts';
import type { CollabSession } from '../collab/session.ts';
import { partnerColor } from '../colors.ts';
import { pageLocale } from '../i18n/pageLocale.ts';
import { DocumentName } from '../../shared/names.ts';
import { canComment, canWrite } from '../../shared/roles.ts';
import { loadContentPack } from '../../shared/i18n/content/contentPack.ts';
import { EDITOR_WORDS } from '../../shared/i18n/chapterText.ts';
import { dossierEditorOptions } from '../editor/dossierEditorOptions.ts';
import { editorClaimed, offerEarlyEditor } from '../editor/earlyEditor.ts';
import { drawEarlyShell, endEarlyShell, setEarlyShellRole } from './earlyShell.ts';
import '../comments/comments.css';

/**
 * Opens the dossier's text before React and the rest of the page have loaded: the person's two
 * questions, the document's socket and the editor need neither, and the text is what they came for.
 * Loading React (and the page's code) first put about 100 KB of script and a whole page render
 * between the address and the first editable word.
 *
 * Resolves once the text is editable here, or as soon as it is clear it will not be (not signed in,
 * another consortium, refused): the page then opens as it would have anyway, and takes the
 * session and the editor over from here (`takeSession`, `claimEarlyEditor`).
 */
export async function openDossierFirst(consortiumId: string, state: Promise<ArrayBuffer | undefined>): Promise<void> {
  const slot = drawEarlyShell();
  openEarly(consortiumId, DocumentName.dossier);
  const session = earlySession(consortiumId, DocumentName.dossier);
  // Usually here already: applied before the socket opens, its sync then asks only for what is newer.
  // Bytes that do not apply are dropped: the socket's sync stays the source of the text.
  void state.then((bytes) => bytes && session?.applyFetched(new Uint8Array(bytes))).catch(() => undefined);
  try {
    const locale = pageLocale();
    const [me, consortium] = await Promise.all([
      peekEarly('me', fetchSession),
      peekEarly(`consortium:${consortiumId}`, () => fetchConsortium(consortiumId)),
      loadContentPack(locale), // chapter headings in the reader's language
    ]);
    const { identity } = me;
    if (!session || identity.consortiumId !== consortiumId) throw new Error('not this consortium');
    const writer = canWrite(identity.role, DocumentName.dossier);
    // Until the page takes the session over, it knows whether this person's offline copy may go out
    // (once the page has it, the page's options stand: they also say what to do when the socket closes).
    if (earlySession(consortiumId, DocumentName.dossier) === session) session.setOptions({ canWrite: writer });
    const words = EDITOR_WORDS[locale];
    setEarlyShellRole(writer, writer ? words.emptyWriter : words.emptyReader);
    await documentHere(session);
    if (editorClaimed(session)) return;
    const access = { writable: writer, label: words.label };
    const user = {
      name: identity.name,
      color: partnerColor(
        identity.partnerId,
        consortium.partners.map((p) => p.id),
      ),
      partner: identity.partnerId,
      role: identity.role,
    };
    const editable = writer || canComment(identity.role);
    const editor = new Editor(dossierEditorOptions({ session, user, editable, access, element: slot }));
    if (!offerEarlyEditor({ session, editor, access })) editor.destroy();
  } catch {
    // The page says what went wrong, in words, once it has loaded.
    endEarlyShell();
  }
}

/** Resolves once the page holds the document; rejects if the server refused it. */
function documentHere(session: CollabSession): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (session.ready()) resolve();
      else if (session.status().kind === 'refused') reject(new Error('refused'));
      else return;
      stop();
    };
    const stop = session.onStatus(check);
    check();
  });
}
