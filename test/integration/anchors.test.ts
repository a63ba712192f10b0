/**
 * Comment anchors are Yjs relative positions: they keep pointing at the same words while people edit
 * around them, in every copy of the dossier, and collapse (the thread is "detached") when the words
 * themselves are deleted, instead of pointing at other text.
 *
 * Plain Y.Docs bound to nothing but the Yjs types (no editor), synced by stock providers through the
 * real server. Each round, three clients edit concurrently (each from the same converged state, in the
 * same tick) around the anchors: insertions, deletions and formatting before, after and right at the
 * anchored words, and whole paragraphs added and removed; then every copy must resolve every anchor
 * to exactly its words. Anchors travel as JSON, stored in threads through the REST API.
 *
 * Seeded: the seed is printed; reproduce with ANCHOR_SEED=<seed>, run more with ANCHOR_RUNS=<count>.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readThreads } from '../../shared/discussion.ts';
import type { Role } from '../../shared/roles.ts';
import { startTestServer, type TestServer } from '../utils/testServer.ts';
import { connectClient, waitSynced, type SyncClient } from '../utils/syncClient.ts';
import { createRandom, seedsFromEnv, type Random } from '../utils/random.ts';
import { waitFor } from '../utils/waitFor.ts';
import { chapterElement, connectWithClientId, crew, freshConsortiumId, paragraphsOf, plainText } from '../utils/review.ts';
import { DOSSIER_FRAGMENT } from '../../shared/names.ts';

const SEEDS = seedsFromEnv(Number(process.env.ANCHOR_RUNS ?? 3), 7100, 'ANCHOR_SEED');
const ROUNDS = Number(process.env.ANCHOR_ROUNDS ?? 40);
const CHAPTERS = ['vision', 'curriculum', 'admission', 'quality'] as const;
const ANCHORS = 12;

let ts: TestServer;
const clients: SyncClient[] = [];

beforeAll(async () => {
  ts = await startTestServer();
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await ts?.stop();
});

interface Anchor {
  id: string;
  words: string;
  json: { from: Record<string, unknown>; to: Record<string, unknown> };
}

interface Resolved {
  text: Y.XmlText;
  from: number;
  to: number;
}

/** An anchor in one copy of the dossier: where its ends are now, or null when they no longer share a text. */
function resolve(doc: Y.Doc, anchor: Anchor): Resolved | null {
  const from = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(anchor.json.from), doc);
  const to = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(anchor.json.to), doc);
  if (!from || !to || from.type !== to.type || !(from.type instanceof Y.XmlText)) return null;
  return { text: from.type, from: from.index, to: to.index };
}

/** The anchored ranges inside one paragraph text, in this copy. */
function rangesIn(doc: Y.Doc, anchors: Anchor[], text: Y.XmlText): { from: number; to: number }[] {
  return anchors.map((a) => resolve(doc, a)).filter((r): r is Resolved => r !== null && r.text === text);
}

const isDeleted = (type: { _item: Y.Item | null }) => type._item?.deleted === true;
/** A type's identity across copies: the id of the item that holds it. */
const idOf = (type: { _item: Y.Item | null }) => `${type._item!.id.client}:${type._item!.id.clock}`;

/** Every paragraph text of the edited chapters in this copy (creating none). */
function texts(doc: Y.Doc): Y.XmlText[] {
  return CHAPTERS.flatMap((key) => paragraphsOf(doc, key))
    .map((p) => p.get(0))
    .filter((t): t is Y.XmlText => t instanceof Y.XmlText);
}

function sentence(random: Random, words: number): string {
  return Array.from({ length: words }, () => random.word(2, 8)).join(' ');
}

/** Word boundaries [start, end) of a plain string. */
function wordsOf(s: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const m of s.matchAll(/\S+/g)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}

/** Indexes where text may be inserted: anywhere not strictly inside an anchored range (its ends included). */
function insertionPoints(length: number, ranges: { from: number; to: number }[]): number[] {
  const points: number[] = [];
  for (let i = 0; i <= length; i++) if (ranges.every((r) => i <= r.from || i >= r.to)) points.push(i);
  return points;
}

/** Maximal runs of characters outside every anchored range. */
function freeRuns(length: number, ranges: { from: number; to: number }[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const free = i < length && ranges.every((r) => i < r.from || i >= r.to);
    if (free && start < 0) start = i;
    if (!free && start >= 0) {
      runs.push({ start, end: i });
      start = -1;
    }
  }
  return runs;
}

/**
 * One client's edits for a round, decided on its own (converged) copy and applied in one transaction:
 * never inside anchored words, often right at their edges.
 */
function editRound(doc: Y.Doc, anchors: Anchor[], random: Random, label: string): string[] {
  const log: string[] = [];
  doc.transact(() => {
    for (let n = random.int(1, 4); n > 0; n--) {
      const all = texts(doc).filter((t) => !isDeleted(t));
      const withAnchors = all.filter((t) => rangesIn(doc, anchors, t).length > 0);
      const target = random.chance(0.75) && withAnchors.length > 0 ? random.pick(withAnchors) : random.pick(all);
      const ranges = rangesIn(doc, anchors, target);
      const length = target.length;
      const kind = random.next();
      if (kind < 0.45) {
        // Insert, at an anchor's edge about half the time.
        const edges = ranges.flatMap((r) => [r.from, r.to]);
        const at = edges.length > 0 && random.chance(0.5) ? random.pick(edges) : random.pick(insertionPoints(length, ranges));
        const word = random.pick([
          random.word(1, 6),
          ` ${random.word(1, 6)}`,
          `${random.word(1, 6)} `,
          ' ',
          '.',
          ` ${sentence(random, 3)} `,
        ]);
        const attributes = random.chance(0.2) ? { [random.pick(['bold', 'italic'])]: true } : undefined;
        target.insert(at, word, attributes);
        log.push(`${label} insert ${JSON.stringify(word)} at ${at}`);
      } else if (kind < 0.75) {
        // Delete outside the anchors: often exactly the characters touching an anchored word.
        const runs = freeRuns(length, ranges).filter((r) => r.end > r.start);
        if (runs.length === 0) continue;
        const run = random.pick(runs);
        let start: number;
        let end: number;
        if (random.chance(0.5)) {
          const size = random.int(1, Math.min(4, run.end - run.start));
          [start, end] = random.chance(0.5) ? [run.start, run.start + size] : [run.end - size, run.end];
        } else {
          start = random.int(run.start, run.end - 1);
          end = random.int(start + 1, Math.min(run.end, start + 12));
        }
        target.delete(start, end - start);
        log.push(`${label} delete ${start}..${end}`);
      } else if (kind < 0.85) {
        // Format text around the anchors (not the anchored words themselves).
        const runs = freeRuns(length, ranges).filter((r) => r.end > r.start);
        if (runs.length === 0) continue;
        const run = random.pick(runs);
        const start = random.int(run.start, run.end - 1);
        const end = random.int(start + 1, run.end);
        target.format(start, end - start, { italic: random.chance(0.5) ? true : null });
        log.push(`${label} format ${start}..${end}`);
      } else {
        // Whole paragraphs: add one next to an anchored paragraph, or remove one without anchors.
        const chapter = chapterElement(doc, random.pick(CHAPTERS));
        const removable = chapter
          .toArray()
          .filter(
            (node): node is Y.XmlElement =>
              node instanceof Y.XmlElement &&
              node.nodeName === 'paragraph' &&
              node.get(0) instanceof Y.XmlText &&
              rangesIn(doc, anchors, node.get(0) as Y.XmlText).length === 0,
          );
        if (random.chance(0.3) && removable.length > 1) {
          const victim = random.pick(removable);
          const index = chapter.toArray().indexOf(victim);
          chapter.delete(index, 1);
          log.push(`${label} remove paragraph ${index}`);
        } else {
          const index = random.int(1, chapter.length); // after the first node (a heading)
          const paragraph = new Y.XmlElement('paragraph');
          const text = new Y.XmlText();
          paragraph.insert(0, [text]);
          chapter.insert(index, [paragraph]);
          text.insert(0, sentence(random, random.int(1, 5)));
          log.push(`${label} add paragraph ${index}`);
        }
      }
    }
  });
  return log;
}

const contentOf = (doc: Y.Doc) => doc.getXmlFragment(DOSSIER_FRAGMENT).toString();
const sameState = (a: Y.Doc, b: Y.Doc) => Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));

async function converged(docs: Y.Doc[], what: string): Promise<void> {
  await waitFor(() => docs.every((d) => sameState(d, docs[0]!) && contentOf(d) === contentOf(docs[0]!)), {
    interval: 5,
    message: `copies did not converge (${what})`,
  });
}

describe('comment anchors under concurrent editing', () => {
  it.each(SEEDS)('seed %i: anchors keep their words in every copy; deleting the words collapses them', async (seed) => {
    const at = `seed ${seed} (reproduce with ANCHOR_SEED=${seed})`;
    console.log(`[anchors] ${at}`);
    const random = createRandom(seed);
    const cid = freshConsortiumId('anchors');
    const editors = {
      a: { userId: 'ed-a', name: 'Editor A', partnerId: 'pa', role: 'editor' },
      b: { userId: 'ed-b', name: 'Editor B', partnerId: 'pb', role: 'editor' },
      c: { userId: 'ed-c', name: 'Editor C', partnerId: 'pc', role: 'coordinator' },
      d: { userId: 'reader', name: 'Reader', partnerId: 'pd', role: 'viewer' },
    } satisfies Record<string, { userId: string; name: string; partnerId: string; role: Role }>;
    const people = await crew(ts, cid, editors);
    const three = [people.a, people.b, people.c].map((who, i) => {
      // Fixed client ids: Yjs orders concurrent inserts by client id, so a seed replays exactly.
      const c = connectWithClientId(ts.wsUrl, `${cid}/dossier`, who.token, seed * 7 + 1000 + i);
      clients.push(c);
      return c;
    });
    await Promise.all(three.map((c) => waitSynced(c)));
    const docs = three.map((c) => c.doc);
    const [a] = docs as [Y.Doc, Y.Doc, Y.Doc];

    // A fills the chapters' paragraphs with text.
    a.transact(() => {
      for (const key of CHAPTERS) {
        for (const paragraph of paragraphsOf(a, key)) {
          const text = new Y.XmlText();
          paragraph.insert(0, [text]);
          text.insert(0, `${sentence(random, random.int(8, 16))}.`);
        }
      }
    });
    await converged(docs, 'initial text');

    // Anchors on random word ranges (1-3 words), made in A's copy: start sticks to the first anchored
    // character (assoc 0), end to the last (assoc -1). Stored in threads through the REST API.
    const anchors: Anchor[] = [];
    const paragraphTexts = texts(a);
    const taken = new Map<Y.XmlText, { from: number; to: number }[]>();
    while (anchors.length < ANCHORS) {
      const text = random.pick(paragraphTexts);
      const words = wordsOf(plainText(text));
      const first = random.int(0, words.length - 1);
      const last = Math.min(words.length - 1, first + random.int(0, 2));
      const from = words[first]!.start;
      const to = words[last]!.end;
      const used = taken.get(text) ?? [];
      // Separate anchors (at least one character apart), so "outside every anchor" is well defined.
      if (used.some((r) => from <= r.to && to >= r.from)) continue;
      used.push({ from, to });
      taken.set(text, used);
      const json = {
        from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, from, 0)),
        to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, to, -1)),
      };
      const quote = plainText(text).slice(from, to);
      const res = await people.a.call<{ threadId: string }>('POST', '/threads', {
        chapter: 'vision',
        anchor: json,
        quote,
        text: `About "${quote}"`,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      anchors.push({ id: res.body.threadId, words: quote, json });
    }
    // Read them back as every page would: from the discussion document, as JSON.
    const discussion = connectClient(ts.wsUrl, `${cid}/discussion`, people.d.token);
    clients.push(discussion);
    await waitFor(() => readThreads(discussion.doc).length === ANCHORS, { message: 'threads did not arrive' });
    const stored = new Map(readThreads(discussion.doc).map((t) => [t.id, t]));
    for (const anchor of anchors) {
      const t = stored.get(anchor.id)!;
      expect(t.anchor).toEqual(anchor.json);
      expect(t.quote).toBe(anchor.words);
      anchor.json = JSON.parse(JSON.stringify(t.anchor)) as Anchor['json'];
    }

    const expectAnchorsHold = (copies: Y.Doc[], live: Anchor[], when: string) => {
      for (const [i, doc] of copies.entries()) {
        for (const anchor of live) {
          const r = resolve(doc, anchor);
          expect(r, `${at}, ${when}, copy ${i}: "${anchor.words}" did not resolve`).not.toBeNull();
          expect(isDeleted(r!.text), `${at}, ${when}: "${anchor.words}" is in a deleted paragraph`).toBe(false);
          expect(plainText(r!.text).slice(r!.from, r!.to), `${at}, ${when}, copy ${i}`).toBe(anchor.words);
        }
      }
    };
    expectAnchorsHold(docs, anchors, 'before editing');

    // Concurrent rounds: every client decides and applies its edits on the same converged state.
    let history: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const logs = docs.map((doc, i) => editRound(doc, anchors, random, `r${round}/${'abc'[i]}`));
      history = [...history, ...logs.flat()].slice(-30);
      await converged(docs, `round ${round}`);
      try {
        expectAnchorsHold(docs, anchors, `round ${round}`);
      } catch (error) {
        console.log(`[anchors] ${at}: last edits:\n${history.join('\n')}`);
        throw error;
      }
    }
    // The edits really happened around the anchors: the text grew and shrank and still converged.
    expect(contentOf(a)).not.toBe('');

    // A copy that joins now (from what the server stored and relays) resolves them the same way.
    const late = connectClient(ts.wsUrl, `${cid}/dossier`, people.d.token);
    clients.push(late);
    await waitSynced(late);
    await converged([...docs, late.doc], 'late joiner');
    expectAnchorsHold([late.doc], anchors, 'late joiner');

    // Deleting the anchored words: the anchors collapse, in every copy, rather than point elsewhere.
    // One client deletes exactly the words of some anchors while another, concurrently, deletes the
    // whole paragraph of another anchor and a third types right where other words are being deleted.
    const shuffled = [...anchors].sort(() => random.next() - 0.5);
    const wordsGone = shuffled.slice(0, 4);
    const [b, c] = [docs[1]!, docs[2]!];
    const paragraphOf = (doc: Y.Doc, anchor: Anchor) => idOf(resolve(doc, anchor)!.text);
    const wordsParagraphs = new Set(wordsGone.map((x) => paragraphOf(a, x)));
    const paragraphGone = shuffled.slice(4).find((x) => !wordsParagraphs.has(paragraphOf(b, x)));
    const goneParagraph = paragraphGone ? paragraphOf(b, paragraphGone) : undefined;
    const inGoneParagraph = anchors.filter((x) => goneParagraph !== undefined && paragraphOf(b, x) === goneParagraph);
    const collapsed = [...wordsGone, ...inGoneParagraph];
    const survivors = anchors.filter((x) => !collapsed.includes(x));
    const inA = wordsGone.map((anchor) => resolve(a, anchor)!);
    a.transact(() => {
      // Right to left within a text, so earlier indexes stay valid.
      for (const r of [...inA].sort((x, y) => y.from - x.from)) r.text.delete(r.from, r.to - r.from);
    });
    if (paragraphGone) {
      const text = resolve(b, paragraphGone)!.text;
      const paragraph = text.parent as Y.XmlElement;
      const chapter = paragraph.parent as Y.XmlElement;
      chapter.delete(chapter.toArray().indexOf(paragraph), 1);
    }
    // C types at the start and end of one of the words A is deleting (C has not seen that yet).
    const typed = resolve(c, wordsGone[0]!)!;
    c.transact(() => {
      typed.text.insert(typed.to, 'AFTER');
      typed.text.insert(typed.from, 'BEFORE');
    });
    await converged([...docs, late.doc], 'deletions');

    for (const [i, doc] of [...docs, late.doc].entries()) {
      for (const anchor of collapsed) {
        const r = resolve(doc, anchor);
        // Collapsed: no range at all, or an empty one; never other words.
        const range = r && !isDeleted(r.text) ? plainText(r.text).slice(r.from, r.to) : '';
        expect(range, `${at}, copy ${i}: deleted "${anchor.words}" now covers other text`).toBe('');
        if (r) expect(r.to, `${at}, copy ${i}`).toBeLessThanOrEqual(r.from);
      }
      // C's typing survived next to where the words were, outside the collapsed anchor.
      const r = resolve(doc, wordsGone[0]!)!;
      expect(plainText(r.text).slice(r.from - 'BEFORE'.length, r.from + 'AFTER'.length), `${at}, copy ${i}`).toBe('BEFOREAFTER');
    }
    // Every other anchor is untouched.
    expectAnchorsHold([...docs, late.doc], survivors, 'after deletions');
    expect(survivors.length).toBeGreaterThan(0);
  });
});
