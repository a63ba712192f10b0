import type { EditorOptions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { dossierExtensions } from '../../shared/schema/extensions.ts';
import { CurriculumUnitNode } from '../../shared/schema/curriculumUnitNode.ts';
import { ProgrammeFactsNode } from '../../shared/schema/programmeFactsNode.ts';
import { ClauseNode } from '../../shared/schema/clauseNode.ts';
import { AgreementRefNode } from '../../shared/schema/agreementRefNode.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import type { CollabSession } from '../collab/session.ts';
import { othersOnlyAwareness } from '../collab/othersOnlyAwareness.ts';
import { CaretInput } from './caretInput.ts';
import { ChapterView } from './chapterView.ts';
import { ChapterGuard } from './chapterGuard.ts';
import { ChapterTabOrder } from './chapterTabOrder.ts';
import { FrozenChapter } from './frozenChapter.ts';
import { ChapterPresence } from './chapterPresence.ts';
import { RemoteScroll } from './remoteScroll.ts';
import { AuthorAutolink } from './authorAutolink.ts';
import { TextAccess } from './textAccess.ts';
import { withLateNodeView } from './lateNodeViews.ts';
import { CommentHighlights } from '../comments/commentHighlights.ts';
import { ClauseNumbers } from '../agreement/clauseNumbers.ts';
import { installIncrementalRemoteSync } from './yjsSync/incrementalRemoteSync.ts';
import '../agreement/agreement.css';

installIncrementalRemoteSync();

export interface EditorUser {
  name: string;
  color: string;
  partner: string;
  role: string;
}

/** What the editor reads each time it draws its attributes; the page keeps it current (role, language). */
export interface EditorAccess {
  writable: boolean;
  label: string;
}

/** Nodes React draws (see lateNodeViews.ts); the chapter has a view of its own without React. */
const LATE_VIEWS = new Set([CurriculumUnitNode.name, ProgrammeFactsNode.name, ClauseNode.name, AgreementRefNode.name]);

/**
 * The dossier editor's options: the shared schema with the chapter node view on top, bound to the
 * Y.Doc. One definition for both ways the editor is made (before React when the page opens, or by
 * the page itself later), so the two cannot drift apart. Editable only for writers and commenters,
 * and only once the page holds the document, so nothing typed into an empty editor can race the
 * server's seed.
 */
export function dossierEditorOptions(setup: {
  session: CollabSession;
  user: EditorUser;
  editable: boolean;
  access: EditorAccess;
  element?: HTMLElement;
}): Partial<EditorOptions> {
  const { session, user, editable, access } = setup;
  const shared = dossierExtensions();
  return {
    element: setup.element,
    extensions: [
      ...shared.filter((e) => e.name !== 'chapter' && !LATE_VIEWS.has(e.name)),
      ChapterView,
      withLateNodeView(ProgrammeFactsNode),
      withLateNodeView(CurriculumUnitNode),
      withLateNodeView(ClauseNode),
      withLateNodeView(AgreementRefNode),
      ClauseNumbers,
      ChapterGuard,
      ChapterTabOrder,
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
      TextAccess.configure({ writable: () => access.writable, label: () => access.label }),
    ],
    editable,
    editorProps: { attributes: { class: 'dossier', spellcheck: 'true' } },
  };
}

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
