import type { Attributes } from '@tiptap/core';

/** Block ids: short, random, and fresh for every pasted copy so two blocks never share one. */
export function newBlockId(prefix: string): string {
  return `${prefix}-${globalThis.crypto.randomUUID().slice(0, 8)}`;
}

/**
 * One node attribute per field, each a string. y-tiptap stores every attribute as its own Yjs
 * attribute and writes only the ones that changed, so edits to different fields merge.
 */
export function fieldAttributes(prefix: string, fields: readonly string[]): Attributes {
  const attrs: Attributes = {
    id: {
      default: null,
      parseHTML: () => newBlockId(prefix),
      renderHTML: (a) => ({ 'data-block-id': a.id as string }),
    },
  };
  for (const field of fields) {
    const name = `data-${field.toLowerCase()}`;
    attrs[field] = {
      default: '',
      parseHTML: (el) => el.getAttribute(name) ?? '',
      renderHTML: (a) => ({ [name]: a[field] as string }),
    };
  }
  return attrs;
}
