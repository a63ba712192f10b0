import * as Y from 'yjs';

type Decoded = ReturnType<typeof Y.decodeUpdate>;
type Id = { client: number; clock: number };
type AnyType = Y.AbstractType<unknown>;

/** The doc's struct (item or GC) holding `id`, if the doc has it. */
function structIn(doc: Y.Doc, id: Id): Y.Item | Y.GC | undefined {
  const structs = doc.store.clients.get(id.client) as (Y.Item | Y.GC)[] | undefined;
  if (!structs || Y.getState(doc.store, id.client) <= id.clock) return undefined;
  return structs[Y.findIndexSS(structs, id.clock)];
}

/** The update's own struct holding `id`. */
function structOfUpdate(byClient: Map<number, Decoded['structs']>, id: Id): Decoded['structs'][number] | undefined {
  const list = byClient.get(id.client);
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (id.clock < s.id.clock) hi = mid - 1;
    else if (id.clock >= s.id.clock + s.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * Which top-level element of `fragment` holds `type` (the type itself when it is one): its `key`
 * attribute, or null for anything outside the fragment's elements.
 */
function topKeyOf(type: AnyType | null, fragment: Y.XmlFragment): string | null {
  let current: AnyType | null = type;
  while (current) {
    const item = current._item;
    if (!item) return null;
    if (item.parent === fragment) {
      const key = current instanceof Y.XmlElement ? current.getAttribute('key') : undefined;
      return typeof key === 'string' ? key : null;
    }
    current = item.parent as AnyType | null;
  }
  return null;
}

/**
 * Whether a decoded client update would change the top-level element `key` of `fragment` (a
 * chapter of the dossier): an insertion whose parent, left or right neighbour lies inside it, or a
 * deletion of anything inside it or of the element itself. Cost is proportional to the update: each new item is followed
 * to the first item the document already has (through the update's own items, each visited once),
 * and from there up to the chapter, a few levels; each deleted range is looked up in the document.
 */
export function touchesChapter(doc: Y.Doc, update: Decoded, fragment: Y.XmlFragment, key: string): boolean {
  const byClient = new Map<number, Decoded['structs']>();
  for (const s of update.structs) {
    const list = byClient.get(s.id.client) ?? [];
    list.push(s);
    byClient.set(s.id.client, list);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  const memo = new Map<object, string | null>();

  const keyOfNew = (start: Y.Item): string | null => {
    const path: object[] = [];
    const seen = new Set<object>();
    let current: Y.Item = start;
    let found: string | null = null;
    for (;;) {
      const known = memo.get(current);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(current);
      seen.add(current);
      const parent = current.parent as unknown;
      const asParent = parent !== null && typeof parent === 'object' && 'client' in parent;
      if (!asParent && parent !== null) break; // a root type by name: outside every chapter
      const ref = (asParent ? parent : (current.origin ?? current.rightOrigin)) as Id | null;
      if (!ref) break;
      const inDoc = structIn(doc, ref);
      if (inDoc instanceof Y.Item) {
        found = asParent
          ? inDoc.content instanceof Y.ContentType
            ? topKeyOf(inDoc.content.type as AnyType, fragment)
            : null
          : topKeyOf(inDoc.parent as AnyType | null, fragment);
        break;
      }
      if (inDoc) break;
      const next = structOfUpdate(byClient, ref);
      if (!(next instanceof Y.Item) || seen.has(next)) break;
      current = next;
    }
    for (const p of path) memo.set(p, found);
    return found;
  };

  for (const s of update.structs) if (s instanceof Y.Item && keyOfNew(s) === key) return true;

  for (const [client, ranges] of update.ds.clients) {
    const structs = doc.store.clients.get(client) as (Y.Item | Y.GC)[] | undefined;
    if (!structs) continue;
    const state = Y.getState(doc.store, client);
    for (const range of ranges) {
      if (range.clock >= state) continue;
      const end = range.clock + range.len;
      for (let i = Y.findIndexSS(structs, range.clock); i < structs.length && structs[i]!.id.clock < end; i++) {
        const item = structs[i]!;
        if (!(item instanceof Y.Item)) continue;
        const holder =
          item.parent === fragment && item.content instanceof Y.ContentType
            ? (item.content.type as AnyType)
            : (item.parent as AnyType | null);
        if (topKeyOf(holder, fragment) === key) return true;
      }
    }
  }
  return false;
}
