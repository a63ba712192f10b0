import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { TextLanguageSelect } from '../editor/TextLanguageSelect.tsx';
import type { MessageId } from '../i18n/messages/en.ts';
import { useT } from '../i18n/useT.ts';
import { useRovingToolbar } from './useRovingToolbar.ts';

interface ButtonSpec {
  label: string;
  title: MessageId;
  run: (e: Editor) => void;
  active?: (e: Editor) => boolean;
}

const BUTTONS: (ButtonSpec | '|')[] = [
  { label: 'B', title: 'toolbar.bold', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
  { label: 'I', title: 'toolbar.italic', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
  { label: 'S', title: 'toolbar.strike', run: (e) => e.chain().focus().toggleStrike().run(), active: (e) => e.isActive('strike') },
  '|',
  {
    label: 'H',
    title: 'toolbar.heading',
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    active: (e) => e.isActive('heading', { level: 3 }),
  },
  {
    label: '•',
    title: 'toolbar.bulletList',
    run: (e) => e.chain().focus().toggleBulletList().run(),
    active: (e) => e.isActive('bulletList'),
  },
  {
    label: '1.',
    title: 'toolbar.numberedList',
    run: (e) => e.chain().focus().toggleOrderedList().run(),
    active: (e) => e.isActive('orderedList'),
  },
  {
    label: '▦',
    title: 'toolbar.table',
    run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    active: (e) => e.isActive('table'),
  },
  { label: '❝', title: 'toolbar.quote', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
  '|',
  { label: '↶', title: 'toolbar.undo', run: (e) => e.chain().focus().undo().run() },
  { label: '↷', title: 'toolbar.redo', run: (e) => e.chain().focus().redo().run() },
];

export function Toolbar({ editor }: { editor: Editor }) {
  const t = useT();
  const roving = useRovingToolbar<HTMLDivElement>();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => BUTTONS.map((b) => (b !== '|' && b.active ? b.active(e) : false)),
  });
  return (
    <div className="toolbar-dock">
      <div
        className="toolbar"
        role="toolbar"
        aria-label={t('toolbar.label')}
        ref={roving.ref}
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
      >
        {BUTTONS.map((b, i) =>
          b === '|' ? (
            <span key={i} className="toolbar-sep" />
          ) : (
            <button
              key={b.title}
              type="button"
              className={`tool${active[i] ? ' on' : ''}`}
              title={t(b.title)}
              aria-pressed={active[i]}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => b.run(editor)}
            >
              <span aria-hidden="true">{b.label}</span>
              <span className="visually-hidden">{t(b.title)}</span>
            </button>
          ),
        )}
        <span className="toolbar-sep" />
        <TextLanguageSelect editor={editor} />
      </div>
    </div>
  );
}
