import { memo, useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { Editor, EditorContent } from '@tiptap/react';
import type { CollabSession } from '../collab/session.ts';
import { setFrozenChapter } from './frozenChapter.ts';
import { Toolbar } from '../components/Toolbar.tsx';
import { keepCaretLabelsInColumn } from './caretLabels.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { EDITOR_WORDS } from '../../shared/i18n/chapterText.ts';
import { dossierEditorOptions, type EditorAccess, type EditorUser } from './dossierEditorOptions.ts';
import { claimEarlyEditor } from './earlyEditor.ts';
import { endEarlyShell, rememberTextTop } from '../boot/earlyShell.ts';
import { provideProgrammeViews } from '../programme/programmeViews.ts';
import { provideAgreementViews } from '../agreement/agreementViews.ts';

export type { EditorUser } from './dossierEditorOptions.ts';

provideProgrammeViews();
provideAgreementViews();

/**
 * The dossier editor on the page. When the page opened, the editor was usually made already, before
 * React (`boot/dossierFirst.ts`): it is taken over as it is, text, caret and focus included; otherwise
 * (another role, a new session) it is made here, from the same options.
 */
export const DossierEditor = memo(function DossierEditor(props: {
  session: CollabSession;
  user: EditorUser;
  canWrite: boolean;
  /** Commenters can place a caret and select (to comment), but not change the text. */
  canComment?: boolean;
  /** The chapter an executed agreement freezes, read from the discussion document. */
  frozenChapter?: string | null;
  onEditor?: (e: Editor) => void;
}) {
  const { session, user, canWrite, canComment = false, frozenChapter = null } = props;
  const words = EDITOR_WORDS[useLocale().locale];
  const [early] = useState(() => claimEarlyEditor(session));
  const access = useRef<EditorAccess>(early?.access ?? { writable: canWrite, label: '' });
  access.current.writable = canWrite;
  access.current.label = words.label;
  // With the session it is bound to: after a change of session, the old editor is not shown for the new one.
  const [made, setMade] = useState<{ session: CollabSession; editor: Editor } | null>(early ?? null);
  const hadFocus = useRef(early?.editor.view.hasFocus() ?? false);
  const latest = useRef({ user, editable: (canWrite || canComment) && session.ready() });
  latest.current = { user, editable: (canWrite || canComment) && session.ready() };

  // Made in an effect, not while rendering, so React's double invocation in development cannot make
  // two; destroyed a moment after the effect is cleaned up, as TipTap's own hook does, so the effects
  // that use the editor clean up first, and a remount in the meantime (development) keeps it.
  const destroyLater = useRef(new Map<Editor, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const current = made && made.session === session && !made.editor.isDestroyed ? made.editor : null;
    if (current) {
      clearTimeout(destroyLater.current.get(current));
      destroyLater.current.delete(current);
    }
    const editor =
      current ??
      new Editor(
        // Editable from its first draw when the document is already here: waiting for the effect
        // below made the drawn text wait for the rest of the page's effects before it took a keystroke.
        dossierEditorOptions({ session, ...latest.current, access: access.current, element: document.createElement('div') }),
      );
    if (editor !== current) setMade({ session, editor });
    const pending = destroyLater.current;
    return () =>
      void pending.set(
        editor,
        setTimeout(() => pending.delete(editor) && editor.destroy(), 0),
      );
  }, [session]); // eslint-disable-line react-hooks/exhaustive-deps
  const editor = made && made.session === session && !made.editor.isDestroyed ? made.editor : null;

  // The frame drawn before React goes once the editor sits in the page (EditorContent has moved it
  // here by now); moving it took the focus from someone already typing, so it goes back.
  useLayoutEffect(() => {
    if (!editor) return;
    endEarlyShell();
    // Only with the text here: until then a loading line stands above it.
    if (session.ready()) rememberTextTop(editor.view.dom, canWrite);
    if (hadFocus.current && !editor.view.hasFocus()) editor.view.focus();
    hadFocus.current = false;
  }, [editor, canWrite]); // eslint-disable-line react-hooks/exhaustive-deps -- measured once the text is in the page

  // Editability follows the session itself, not the page's `ready` state: that came a page render
  // after the document was drawn (about 130 ms in a full dossier), and the text stayed read-only until then.
  useEffect(() => {
    if (!editor) return;
    const apply = () => {
      const editable = (canWrite || canComment) && session.ready();
      if (!editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable);
    };
    apply();
    return session.onStatus(apply);
  }, [editor, session, canWrite, canComment]);

  useEffect(() => {
    if (editor) setFrozenChapter(editor, frozenChapter);
  }, [editor, frozenChapter]);

  useEffect(() => (editor ? keepCaretLabelsInColumn(editor, session.provider.awareness) : undefined), [editor, session]);

  useEffect(() => {
    if (editor) props.onEditor?.(editor);
  }, [editor]); // eslint-disable-line react-hooks/exhaustive-deps

  // The editor's attributes (read-only, label) are recomputed at every state update.
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.updateState(editor.state);
  }, [editor, canWrite, words]);

  if (!editor) return null;
  return (
    <div
      className={`editor-shell ${canWrite ? 'for-writer' : 'for-reader'}`}
      // The empty-paragraph prompt is drawn by CSS (see the Placeholder note in dossierEditorOptions.ts), in the interface's language.
      // The reader's words also serve a writer inside a chapter no one may change (the executed agreement).
      style={
        {
          '--empty-prompt': JSON.stringify(canWrite ? words.emptyWriter : words.emptyReader),
          '--empty-prompt-reader': JSON.stringify(words.emptyReader),
        } as CSSProperties
      }
    >
      {canWrite && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
});
