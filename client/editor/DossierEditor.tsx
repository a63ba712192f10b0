import { memo, useEffect, useRef, type CSSProperties } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import { CaretInput } from './caretInput.ts';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { othersOnlyAwareness } from '../collab/othersOnlyAwareness.ts';
import { Placeholder } from '@tiptap/extensions';
import { dossierExtensions } from '../../shared/schema/extensions.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import type { CollabSession } from '../collab/session.ts';
import { ChapterView } from './chapterView.ts';
import { ChapterGuard } from './chapterGuard.ts';
import { FrozenChapter, setFrozenChapter } from './frozenChapter.ts';
import { ChapterPresence } from './chapterPresence.ts';
import { RemoteScroll } from './remoteScroll.ts';
import { AuthorAutolink } from './authorAutolink.ts';
import { installIncrementalRemoteSync } from './yjsSync/incrementalRemoteSync.ts';
import { Toolbar } from '../components/Toolbar.tsx';
import { CommentHighlights } from '../comments/commentHighlights.ts';
import { keepCaretLabelsInColumn } from './caretLabels.ts';
import { AGREEMENT_VIEW_NAMES, AgreementRefInlineView, ClauseBlockView } from '../agreement/agreementViews.ts';
import { ClauseNumbers } from '../agreement/clauseNumbers.ts';
import { TextAccess } from './textAccess.ts';
import { useT } from '../i18n/useT.ts';
import { CurriculumUnitView, PROGRAMME_VIEW_NAMES, ProgrammeFactsView } from '../programme/programmeViews.ts';

installIncrementalRemoteSync();

export interface EditorUser {
  name: string;
  color: string;
  partner: string;
  role: string;
}

/**
 * The dossier editor: the shared schema with the chapter node view on top, bound to the Y.Doc.
 * Editable only for writers, and only once the page holds the document, so nothing typed into an
 * empty editor can race the server's seed.
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
  const t = useT();
  const access = useRef({ writable: canWrite, label: t('a11y.editorLabel') });
  access.current = { writable: canWrite, label: t('a11y.editorLabel') };
  const editor = useEditor(
    {
      extensions: [
        ...dossierExtensions().filter(
          (e) => e.name !== 'chapter' && !PROGRAMME_VIEW_NAMES.has(e.name) && !AGREEMENT_VIEW_NAMES.has(e.name),
        ),
        ChapterView,
        ProgrammeFactsView,
        CurriculumUnitView,
        ClauseBlockView,
        AgreementRefInlineView,
        ClauseNumbers,
        ChapterGuard,
        CaretInput,
        FrozenChapter,
        RemoteScroll,
        AuthorAutolink,
        CommentHighlights,
        Placeholder.configure({
          // Only marks empty paragraphs: the words come from CSS on the shell (writer or reader). The
          // placeholder's decorations are recomputed only for blocks a transaction touches, so text
          // chosen here from `isEditable` stayed "Nothing written yet" in every untouched section
          // after the editor became editable.
          placeholder: ({ node }) => (node.type.name === 'paragraph' ? 'empty' : ''),
          showOnlyWhenEditable: false,
          showOnlyCurrent: false,
          includeChildren: true,
        }),
        ChapterPresence.configure({ awareness: session.provider.awareness }),
        Collaboration.configure({ document: session.doc, field: DOSSIER_FRAGMENT }),
        CollaborationCaret.configure({
          provider: { awareness: othersOnlyAwareness(session.provider.awareness) },
          user,
          render: caretWithHiddenName,
        }),
        TextAccess.configure({ writable: () => access.current.writable, label: () => access.current.label }),
      ],
      // Editable from its first draw when the document is already here (the usual case now that the
      // socket opens with the page's code): waiting for the effect below made the drawn text wait for
      // the rest of the page's effects before it took a keystroke.
      editable: (canWrite || canComment) && session.ready(),
      editorProps: { attributes: { class: 'dossier', spellcheck: 'true' } },
    },
    [session],
  );

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
  }, [editor, canWrite, t]);

  if (!editor) return null;
  return (
    <div
      className={`editor-shell ${canWrite ? 'for-writer' : 'for-reader'}`}
      // The empty-paragraph prompt is drawn by CSS (see the Placeholder note above), in the interface's language.
      style={{ '--empty-prompt': JSON.stringify(t(canWrite ? 'editor.emptyWriter' : 'editor.emptyReader')) } as CSSProperties}
    >
      {canWrite && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
});

/**
 * Another person's caret, as CollaborationCaret draws it, but hidden from screen readers: its name
 * tag would be read out in the middle of the text. Joins and leaves are announced instead.
 */
function caretWithHiddenName(user: { name?: string; color?: string }): HTMLElement {
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = user.color ?? '';
  const label = document.createElement('div');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = user.color ?? '';
  label.textContent = user.name ?? '';
  caret.append(label);
  return caret;
}
