import { useEffect } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { dossierExtensions } from '../../shared/schema/extensions.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import type { CollabSession } from '../collab/session.ts';
import { ChapterView } from './chapterView.ts';
import { ChapterGuard } from './chapterGuard.ts';
import { ChapterPresence } from './chapterPresence.ts';
import { Toolbar } from '../components/Toolbar.tsx';
import { CommentHighlights } from '../comments/commentHighlights.ts';
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
export function DossierEditor(props: { session: CollabSession; user: EditorUser; canWrite: boolean; ready: boolean; onEditor?: (e: Editor) => void }) {
  const { session, user, canWrite, ready } = props;
  const editor = useEditor(
    {
      extensions: [
        ...dossierExtensions().filter((e) => e.name !== 'chapter' && !PROGRAMME_VIEW_NAMES.has(e.name)),
        ChapterView,
        ProgrammeFactsView,
        CurriculumUnitView,
        ChapterGuard,
        CommentHighlights,
        Placeholder.configure({
          // Writers are invited to write; readers are told the gap is not a loading problem.
          placeholder: ({ node, editor: e }) => (node.type.name !== 'paragraph' ? '' : e.isEditable ? 'Write here…' : 'Nothing written yet'),
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
    if (editor) props.onEditor?.(editor);
  }, [editor]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!editor) return null;
  return (
    <div className="editor-shell">
      {canWrite && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
