import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

const remoteScrollKey = new PluginKey<boolean>('remoteScroll');

/**
 * Other people's edits do not scroll this page. y-tiptap asks to scroll the caret into view after
 * every remote change while the caret is on screen; ProseMirror answers by measuring the caret,
 * which forces a layout of the freshly changed page once per incoming update (dozens a second when
 * several people type). The caret is on screen already, and the browser's scroll anchoring keeps
 * it where it was when text above it grows, so the measurement is skipped for those transactions.
 */
export const RemoteScroll = Extension.create({
  name: 'remoteScroll',
  addProseMirrorPlugins() {
    return [
      new Plugin<boolean>({
        key: remoteScrollKey,
        state: {
          init: () => false,
          apply: (tr) => (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true,
        },
        props: {
          handleScrollToSelection: (view) => remoteScrollKey.getState(view.state) === true,
        },
      }),
    ];
  },
});
