/**
 * PDF tables stay on the page: the demo dossier with its decisions (the nine-column curriculum table
 * and the decisions tables) is rendered and read back with poppler: `pdftotext -bbox` for where each
 * word lies, `pdftoppm` for where the table rules are drawn.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { DEMO_ID, DEMO_PARTNERS } from '../../server/consortia/demo.ts';
import { demoDecisionsUpdate } from '../../server/consortia/demoDecisions.ts';
import { renderPdf } from '../../server/export/pdf.ts';
import { pdfDefinition } from '../../server/export/pdfDefinition.ts';
import { demoDossierUpdate } from '../../server/programme/demoProgramme.ts';
import { plainText } from '../../shared/export/inline.ts';
import { buildExportModel, type ExportModel } from '../../shared/export/model.ts';
import { tempDir } from '../utils/tempDir.ts';

interface Word {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

async function demoWithDecisions(): Promise<ExportModel> {
  const dossier = new Y.Doc();
  Y.applyUpdate(dossier, await demoDossierUpdate());
  const discussion = new Y.Doc();
  Y.applyUpdate(discussion, demoDecisionsUpdate('2026-11-28'));
  return buildExportModel({
    dossier,
    discussion,
    consortium: { id: DEMO_ID, name: 'Digital Skills Alliance (demo)', programmeTitle: '', partners: DEMO_PARTNERS },
    now: new Date('2026-12-02T10:00:00Z'),
  });
}

const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

/** Every word of the PDF with its box, and each page's width, from `pdftotext -bbox`. */
function wordsOf(file: string): { words: Word[]; widths: number[] } {
  const xhtml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  const widths: number[] = [];
  for (const [page, body] of xhtml.split('<page ').slice(1).entries()) {
    widths.push(Number(/width="([\d.]+)"/.exec(body)![1]));
    for (const m of body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g))
      words.push({ page, text: unescape(m[4]!), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]) });
  }
  return { words, widths };
}

/** Each page as a greyscale bitmap at one pixel per point (pdftoppm writes binary PGM files). */
function bitmaps(file: string, dir: string): { width: number; height: number; pixels: Buffer }[] {
  execFileSync('pdftoppm', ['-gray', '-r', '72', file, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const data = readFileSync(join(dir, f));
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!;
      return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
    });
}

/** The header row's text of every table the model's chapters hold. */
function tableHeaders(model: ExportModel): string[][] {
  const tables = model.chapters.flatMap((c) => c.blocks.filter((b) => b.type === 'table'));
  return tables.map((t) => (t.content?.[0]?.content ?? []).map((cell: JSONContent) => plainText(cell)));
}

describe('PDF tables fit the page', () => {
  const dir = tempDir('pdf-tables');
  let model: ExportModel;
  let margins: [number, number, number, number];
  let words: Word[];
  let widths: number[];
  let file: string;

  beforeAll(async () => {
    model = await demoWithDecisions();
    margins = pdfDefinition(model).pageMargins as [number, number, number, number];
    file = join(dir.path, 'dossier.pdf');
    writeFileSync(file, await renderPdf(model));
    ({ words, widths } = wordsOf(file));
  }, 60_000);
  afterAll(() => dir.remove());

  it('the dossier holds a wide curriculum table and decisions tables', () => {
    const headers = tableHeaders(model);
    expect(Math.max(...headers.map((h) => h.length))).toBeGreaterThanOrEqual(9);
    expect(headers.filter((h) => h.length === 5).length).toBeGreaterThan(1);
  });

  it('every word lies within the side margins', () => {
    const [left, , right] = margins;
    const outside = words.filter((w) => w.xMin < left - 0.5 || w.xMax > widths[w.page]! - right + 0.5);
    expect(outside.map((w) => `p${w.page + 1} ${w.text} ${w.xMin}–${w.xMax}`)).toEqual([]);
  });

  it('every column heading is on the page, its words whole, in one header row', () => {
    for (const header of tableHeaders(model)) {
      const wanted = header.flatMap((h) => h.split(/\s+/)).filter(Boolean);
      // Some page has the first heading's first word with every other heading word just below or beside it.
      const found = words
        .filter((w) => w.text === wanted[0])
        .some((first) =>
          wanted.every((t) => words.some((w) => w.page === first.page && w.text === t && Math.abs(w.yMin - first.yMin) < 30)),
        );
      expect(found, header.join(' | ')).toBe(true);
    }
  });

  it('no rule or text is drawn beyond the side margins', () => {
    const [left, , right] = margins;
    const pages = bitmaps(file, dir.path);
    expect(pages).toHaveLength(widths.length);
    /** The first inked pixel (even a light table rule) in a side margin; a pixel of anti-aliasing beside the margin is no overrun. */
    const ink = ({ width, height, pixels }: (typeof pages)[number]): string | null => {
      const [from, to] = [Math.floor(left) - 2, Math.ceil(width - right) + 2];
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) if ((x < from || x > to) && pixels[y * width + x]! < 245) return `${x},${y}`;
      return null;
    };
    const inked = pages.flatMap((page, n) => ((at) => (at ? [`page ${n + 1} at ${at}`] : []))(ink(page)));
    expect(inked).toEqual([]);
  });
});
