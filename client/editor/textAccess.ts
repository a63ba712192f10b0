import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

export interface TextAccessOptions {
  /** Whether this person may change the text now (writers); others only read, select and comment. */
  writable: () => boolean;
  /** The editor's accessible name, in the interface language. */
  label: () => string;
}

/**
 * Keeps the editor focusable for people who may not change the text (commenters, viewers), so that
 * they can place a caret and select with the keyboard, and comment without a mouse: a read-only
 * ProseMirror (`editable: false`) has no caret at all. Every change of the document made on this page
 * is refused here (remote changes from Yjs pass); the server refuses their writes as well.
 */
export const TextAccess = Extension.create<TextAccessOptions>({
  name: 'textAccess',
  addOptions() {
    return { writable: () => true, label: () => '' };
  },
  addProseMirrorPlugins() {
    const { writable, label } = this.options;
    return [
      new Plugin({
        key: new PluginKey('textAccess'),
        filterTransaction: (tr) => writable() || !tr.docChanged || tr.getMeta(ySyncPluginKey) !== undefined,
        props: {
          attributes: (): Record<string, string> => ({
            role: 'textbox',
            'aria-multiline': 'true',
            'aria-label': label(),
            ...(writable() ? {} : { 'aria-readonly': 'true' }),
          }),
          // Typing, deleting, pasting and dropping are stopped before the browser changes the page.
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              if (writable()) return false;
              event.preventDefault();
              return true;
            },
          },
          handlePaste: () => !writable(),
          handleDrop: () => !writable(),
        },
      }),
    ];
  },
});

/** Whether the text can be changed on this page now: editable, and by someone who may write. */
export function canChangeText(editor: Editor): boolean {
  const access = editor.extensionManager.extensions.find((e) => e.name === 'textAccess');
  return editor.isEditable && (access ? (access.options as TextAccessOptions).writable() : true);
}
