import { memo, useEffect } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { dossierExtensions } from '../../shared/schema/extensions.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import type { CollabSession } from '../collab/session.ts';
import { ChapterView } from './chapterView.ts';
import { ChapterGuard } from './chapterGuard.ts';
import { FrozenChapter, setFrozenChapter } from './frozenChapter.ts';
import { ChapterPresence } from './chapterPresence.ts';
import { RemoteScroll } from './remoteScroll.ts';
import { Toolbar } from '../components/Toolbar.tsx';
import { CommentHighlights } from '../comments/commentHighlights.ts';
import { keepCaretLabelsInColumn } from './caretLabels.ts';
import { CurriculumUnitView, PROGRAMME_VIEW_NAMES, ProgrammeFactsView } from '../programme/programmeViews.ts';

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
  ready: boolean;
  /** The chapter an executed agreement freezes, read from the discussion document. */
  frozenChapter?: string | null;
  onEditor?: (e: Editor) => void;
}) {
  const { session, user, canWrite, ready, frozenChapter = null } = props;
  const editor = useEditor(
    {
      extensions: [
        ...dossierExtensions().filter((e) => e.name !== 'chapter' && !PROGRAMME_VIEW_NAMES.has(e.name)),
        ChapterView,
        ProgrammeFactsView,
        CurriculumUnitView,
        ChapterGuard,
        FrozenChapter,
        RemoteScroll,
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
        CollaborationCaret.configure({ provider: session.provider, user }),
      ],
      editable: false,
      editorProps: { attributes: { class: 'dossier', 'aria-label': 'Dossier', spellcheck: 'true' } },
    },
    [session],
  );

  useEffect(() => {
    editor?.setEditable(canWrite && ready);
  }, [editor, canWrite, ready]);

  useEffect(() => {
    if (editor) setFrozenChapter(editor, frozenChapter);
  }, [editor, frozenChapter]);

  useEffect(() => (editor ? keepCaretLabelsInColumn(editor, session.provider.awareness) : undefined), [editor, session]);

  useEffect(() => {
    if (editor) props.onEditor?.(editor);
  }, [editor]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!editor) return null;
  return (
    <div className={`editor-shell ${canWrite ? 'for-writer' : 'for-reader'}`}>
      {canWrite && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
});
