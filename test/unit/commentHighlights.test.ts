import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TextSelection } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { dossierSchema } from '../../shared/schema/extensions.ts';
import { dossierTemplate } from '../../shared/template.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';
import type { Thread } from '../../shared/discussion.ts';
import { commentHighlightsKey, commentHighlightsPlugin } from '../../client/comments/commentHighlights.ts';
import { anchorFor, resolveAnchor } from '../../client/comments/anchors.ts';
import { installIncrementalRemoteSync } from '../../client/editor/yjsSync/incrementalRemoteSync.ts';
import { headlessEditor, type HeadlessEditor } from '../utils/headlessEditor.ts';
import { createRandom, seedsFromEnv, type Random } from '../utils/random.ts';

/**
 * After another partner's change the highlights are mapped at once and marked stale; the refresh
 * that follows resolves them from Yjs. Whatever the remote partner does (typing inside, at the edges
 * of and between highlighted words, deleting across them, splitting paragraphs), after the refresh
 * the highlights are exactly those that resolving every thread from scratch gives, and the reader's
 * own edits never mark them stale. Replay with HIGHLIGHT_SEED=<seed>.
 */
installIncrementalRemoteSync();

const schema = dossierSchema();
const SEEDS = seedsFromEnv(Number(process.env.FUZZ_RUNS ?? 20), 9100, 'HIGHLIGHT_SEED');

function seeded(random: Random): Uint8Array {
  const template = dossierTemplate();
  for (const chapter of template.content!.slice(0, 4)) {
    chapter.content = Array.from({ length: 3 }, () => ({
      type: 'paragraph',
      content: [{ type: 'text', text: Array.from({ length: 12 }, () => random.word(2, 7)).join(' ') }],
    }));
  }
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, template, doc.getXmlFragment(DOSSIER_FRAGMENT));
  return Y.encodeStateAsUpdate(doc);
}

function textPositions(doc: PMNode): number[] {
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isText) for (let i = 0; i <= node.text!.length; i++) positions.push(pos + i);
    return true;
  });
  return positions;
}

/** Each thread's highlight as "id:from-to" (one that crosses paragraphs is held as several pieces). */
function extents(decorations: DecorationSet): string[] {
  const extent = new Map<string, [number, number]>();
  for (const piece of decorations.find()) {
    const id = (piece.spec as { threadId: string }).threadId;
    const [from, to] = extent.get(id) ?? [piece.from, piece.to];
    extent.set(id, [Math.min(from, piece.from), Math.max(to, piece.to)]);
  }
  return [...extent].map(([id, [from, to]]) => `${id}:${from}-${to}`).sort();
}

const shown = (editor: HeadlessEditor) => extents(commentHighlightsKey.getState(editor.state)!.decorations);

/** What highlighting every thread resolved from Yjs now gives (a range holding no text shows nothing). */
const resolvedAfresh = (editor: HeadlessEditor, threads: Thread[]) =>
  extents(
    DecorationSet.create(
      editor.state.doc,
      threads.flatMap((t) => {
        const range = resolveAnchor(editor.state, t.anchor);
        return range ? [Decoration.inline(range.from, range.to, {}, { threadId: t.id })] : [];
      }),
    ),
  );

function remoteEdit(random: Random, editor: HeadlessEditor): void {
  const positions = textPositions(editor.state.doc);
  const at = random.pick(positions);
  const tr = editor.state.tr;
  const roll = random.next();
  if (roll < 0.5) tr.insertText(random.word(1, 4), at);
  else if (roll < 0.85) tr.delete(at, Math.min(at + random.int(1, 12), editor.state.doc.content.size - 1));
  else tr.setSelection(TextSelection.create(tr.doc, at)).split(at);
  if (tr.docChanged) editor.dispatch(tr);
}

describe('comment highlights after remote changes', () => {
  it.each(SEEDS)('match resolving every thread afresh (seed %i)', (seed) => {
    const random = createRandom(seed);
    const update = seeded(random);
    const docs = [new Y.Doc(), new Y.Doc()];
    docs.forEach((d) => Y.applyUpdate(d, update));
    const reader = headlessEditor(docs[0]!, schema, [commentHighlightsPlugin()]);
    const writer = headlessEditor(docs[1]!, schema);
    docs[1]!.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin !== 'reader') Y.applyUpdate(docs[0]!, u, 'writer');
    });
    docs[0]!.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin !== 'writer') Y.applyUpdate(docs[1]!, u, 'reader');
    });

    const positions = textPositions(reader.state.doc);
    const threads: Thread[] = Array.from({ length: 25 }, (_, i) => {
      const from = random.pick(positions);
      const to = Math.min(from + random.int(1, 15), positions.at(-1)!);
      return { id: `t${i}`, resolved: i % 9 === 8, anchor: anchorFor(reader.state, from, to) } as unknown as Thread;
    });
    reader.dispatch(reader.state.tr.setMeta(commentHighlightsKey, { threads }));
    const open = threads.filter((t) => !t.resolved);
    expect(shown(reader)).toEqual(resolvedAfresh(reader, open));

    for (let step = 0; step < 60; step++) {
      remoteEdit(random, writer);
      expect(reader.state.doc.eq(writer.state.doc)).toBe(true);
      const before = shown(reader);
      if (commentHighlightsKey.getState(reader.state)!.stale)
        reader.dispatch(reader.state.tr.setMeta(commentHighlightsKey, { refresh: true }));
      else expect(before, 'a remote change that did not mark the highlights stale changed nothing').toEqual(resolvedAfresh(reader, open));
      expect(commentHighlightsKey.getState(reader.state)!.stale).toBe(false);
      expect(shown(reader), `seed ${seed}, step ${step}`).toEqual(resolvedAfresh(reader, open));
      if (step % 10 === 9) {
        // The reader types too: mapped, not stale.
        reader.dispatch(reader.state.tr.insertText('x', random.pick(textPositions(reader.state.doc))));
        expect(commentHighlightsKey.getState(reader.state)!.stale).toBe(false);
      }
    }
    reader.destroy();
    writer.destroy();
  });
});
