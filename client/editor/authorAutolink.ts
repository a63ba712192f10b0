import { Extension } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/**
 * Web addresses become links on the page of the person who types them, and only there. The link
 * extension's autolink looked at every change, other people's included: each open page turned
 * text that arrived from elsewhere (a script, an import, a partner who had just removed a link)
 * into a link and wrote that mark back, racing the others, and it scanned the whole dossier once
 * more when the document first arrived. Changes applied from the shared document are marked so
 * autolink leaves them alone.
 */
export const AuthorAutolink = Extension.create({
  name: 'authorAutolink',
  dispatchTransaction({ transaction, next }) {
    if ((transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin)
      transaction.setMeta('preventAutolink', true);
    next(transaction);
  },
});
