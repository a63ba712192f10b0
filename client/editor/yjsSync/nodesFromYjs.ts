import * as Y from 'yjs';
import type { Mark, Node as PMNode, Schema } from '@tiptap/pm/model';
import { ySyncPluginKey, type ProsemirrorBinding } from '@tiptap/y-tiptap';

/**
 * ProseMirror nodes built from the shared Yjs tree, reusing the node cached in the binding's mapping
 * for every Yjs element that did not change. This is y-tiptap 3.0.9's own `createNodeIfNotExists` /
 * `createNodeFromYElement` (not exported by the package), without the history-snapshot rendering,
 * which y-tiptap still does itself.
 */

type YChild = Y.XmlElement | Y.XmlText | Y.XmlHook;
export type ProsemirrorMapping = ProsemirrorBinding['mapping'];

const hashedMarkName = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

/** Marks that may overlap themselves are stored under `name--hash`; the mark's name is the part before. */
function markName(attributeName: string): string {
  return hashedMarkName.exec(attributeName)?.[1] ?? attributeName;
}

function marksOf(attributes: Record<string, unknown> | undefined, schema: Schema): Mark[] {
  const marks: Mark[] = [];
  for (const name in attributes ?? {}) marks.push(schema.mark(markName(name), attributes![name] as Record<string, unknown>));
  return marks;
}

/** Deletes a Yjs item that cannot become a valid node (a concurrent edit made it invalid), as y-tiptap does. */
function dropInvalid(type: { doc: Y.Doc | null; _item: Y.Item | null }): void {
  type.doc!.transact((transaction) => type._item!.delete(transaction), ySyncPluginKey);
}

function textNodes(text: Y.XmlText, schema: Schema): PMNode[] | null {
  // Two Y.Text side by side (one of them ours) would show their characters twice: move the second
  // into the first, as y-tiptap does (its issue #160).
  const next = (text._item?.right?.content as Y.ContentType | undefined)?.type;
  if (next instanceof Y.Text && !next._item!.deleted && next._item!.id.client === next.doc!.clientID) {
    text.applyDelta([{ retain: text.length }, ...(next.toDelta() as object[])]);
    next.doc!.transact((transaction) => next._item!.delete(transaction));
  }
  try {
    return (text.toDelta() as { insert: string; attributes?: Record<string, unknown> }[]).map((delta) =>
      schema.text(delta.insert, marksOf(delta.attributes, schema)),
    );
  } catch {
    dropInvalid(text);
    return null;
  }
}

function nodeFromElement(element: Y.XmlElement, schema: Schema, mapping: ProsemirrorMapping): PMNode | null {
  const children: PMNode[] = [];
  for (const child of element.toArray() as YChild[]) {
    if (child instanceof Y.XmlText) {
      children.push(...(textNodes(child, schema) ?? []));
    } else {
      const node = cachedOrNewNode(child, schema, mapping);
      if (node) children.push(node);
    }
  }
  try {
    const node = schema.node(element.nodeName, element.getAttributes(), children);
    mapping.set(element, node);
    return node;
  } catch {
    dropInvalid(element);
    mapping.delete(element);
    return null;
  }
}

/** The node for a Yjs element: the cached one when the element is unchanged, else built (children cached where possible). */
export function cachedOrNewNode(element: Y.XmlElement | Y.XmlHook, schema: Schema, mapping: ProsemirrorMapping): PMNode | null {
  const cached = mapping.get(element);
  if (cached !== undefined) return cached as PMNode;
  if (!(element instanceof Y.XmlElement)) throw new Error('Yjs hooks cannot be shown in the editor');
  return nodeFromElement(element, schema, mapping);
}

/**
 * Forgets the cached nodes of the types a Yjs transaction changed or deleted, and of their
 * ancestors, so that exactly those are built again.
 */
export function forgetChangedTypes(mapping: ProsemirrorMapping, transaction: Y.Transaction): void {
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentType) mapping.delete(struct.content.type);
  });
  for (const type of transaction.changed.keys()) mapping.delete(type);
  for (const type of transaction.changedParentTypes.keys()) mapping.delete(type);
}

/**
 * Points the mapping at the nodes that are now in the editor's document. Applying a small step makes
 * new copies of the changed nodes' ancestors (equal to the cached ones, but other objects); the next
 * local edit tells unchanged nodes apart by identity and would otherwise compare them with Yjs in full.
 */
export function adoptDocumentNodes(parent: Y.XmlFragment, node: PMNode, mapping: ProsemirrorMapping): void {
  const yElements = parent.toArray().filter((child): child is Y.XmlElement => child instanceof Y.XmlElement);
  const pmElements: PMNode[] = [];
  node.forEach((child) => {
    if (!child.isText) pmElements.push(child);
  });
  if (yElements.length !== pmElements.length) return;
  yElements.forEach((yElement, i) => {
    const pmElement = pmElements[i]!;
    const cached = mapping.get(yElement);
    if (cached === undefined || cached === pmElement) return;
    mapping.set(yElement, pmElement);
    adoptDocumentNodes(yElement, pmElement, mapping);
  });
}
