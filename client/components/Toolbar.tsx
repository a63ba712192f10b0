import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';

interface ButtonSpec {
  label: string;
  title: string;
  run: (e: Editor) => void;
  active?: (e: Editor) => boolean;
}

const BUTTONS: (ButtonSpec | '|')[] = [
  { label: 'B', title: 'Bold (Ctrl+B)', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
  { label: 'I', title: 'Italic (Ctrl+I)', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
  { label: 'S', title: 'Strikethrough', run: (e) => e.chain().focus().toggleStrike().run(), active: (e) => e.isActive('strike') },
  '|',
  {
    label: 'H',
    title: 'Section heading',
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    active: (e) => e.isActive('heading', { level: 3 }),
  },
  { label: '•', title: 'Bulleted list', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
  {
    label: '1.',
    title: 'Numbered list',
    run: (e) => e.chain().focus().toggleOrderedList().run(),
    active: (e) => e.isActive('orderedList'),
  },
  {
    label: '▦',
    title: 'Insert a table',
    run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    active: (e) => e.isActive('table'),
  },
  { label: '❝', title: 'Quote', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
  '|',
  { label: '↶', title: 'Undo your last change (Ctrl+Z)', run: (e) => e.chain().focus().undo().run() },
  { label: '↷', title: 'Redo (Ctrl+Shift+Z)', run: (e) => e.chain().focus().redo().run() },
];

export function Toolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => BUTTONS.map((b) => (b !== '|' && b.active ? b.active(e) : false)),
  });
  return (
    <div className="toolbar-dock">
      <div className="toolbar" role="toolbar" aria-label="Formatting">
        {BUTTONS.map((b, i) =>
          b === '|' ? (
            <span key={i} className="toolbar-sep" />
          ) : (
            <button
              key={b.title}
              type="button"
              className={`tool${active[i] ? ' on' : ''}`}
              title={b.title}
              aria-pressed={active[i]}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => b.run(editor)}
            >
              <span aria-hidden="true">{b.label}</span>
              <span className="visually-hidden">{b.title}</span>
            </button>
          ),
        )}
      </div>
    </div>
  );
}
