/**
 * Column widths for the PDF's tables (pdfmake), reckoned from each column's text: kept apart from the
 * document definition, which only asks for them.
 */

/** Roboto's letters average about half an em: enough to share out a table's width by how much each column holds. */
const EM_TEXT = 0.5;
/** A word's width in ems by Roboto's letter widths, rounded up (and a little to spare) so that it is not broken. */
const wordEms = (word: string) =>
  0.2 + sum([...word].map((ch) => (/[ijlrtfI.,;:'’()!|-]/.test(ch) ? 0.35 : /[mwMW]/.test(ch) ? 0.9 : /[A-Z]/.test(ch) ? 0.7 : 0.57)));
/** Longer words (web addresses, long codes) may break rather than widen their column. */
const LONG_WORD = 10;
/** Text joined by no-break spaces (a date in any language: "22 de noviembre de 2026") keeps its width up to this. */
const KEPT_WHOLE = 16;
/** Longer text wraps anyway: it earns its column no more room. */
const LONG_TEXT = 80;
/** Body size first; a table whose words do not fit steps down to a smaller size and tighter cells. */
const TABLE_SIZES = [
  { fontSize: 11, padding: 6 },
  { fontSize: 9.5, padding: 5 },
  { fontSize: 8.5, padding: 4 },
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Column widths (in points, without padding) that fill the content width, and the size to set the
 * table in. pdfmake makes every '*' column as wide as the longest word in any of them, so a table of
 * many columns ran off the page. Here each column gets at least its longest word and shares the rest
 * in proportion to its text (as a browser lays out a table); pdfmake breaks a word wider than a fixed
 * column, so a table whose words do not fit even at the smallest size still stays on the page.
 */
export function fitColumns(texts: string[][], contentWidth: number, rule: number): { widths: number[]; fontSize: number; padding: number } {
  // Words end at spaces but not at no-break spaces: a date joined by them ("25. Dezember 2026") is one word, kept whole.
  const words = texts.map((col) =>
    Math.max(
      1,
      ...col.flatMap((t) => t.split(/[^\S\u00a0]+/).map((w) => Math.min(w.includes('\u00a0') ? KEPT_WHOLE : LONG_WORD, wordEms(w)))),
    ),
  );
  const lengths = texts.map((col) => Math.min(LONG_TEXT, Math.max(1, ...col.map((t) => t.trim().length))));
  const fit = (fontSize: number, padding: number) => {
    const room = contentWidth - texts.length * (2 * padding + rule) - rule;
    const min = words.map((w) => w * fontSize);
    const max = lengths.map((l, c) => Math.max(min[c]!, l * EM_TEXT * fontSize));
    const [low, high] = [sum(min), sum(max)];
    const widths =
      high <= room
        ? max.map((m) => (m * room) / high)
        : low <= room
          ? min.map((m, c) => m + ((max[c]! - m) * (room - low)) / (high - low))
          : min.map((m) => (m * room) / low);
    return { widths, fontSize, padding, fits: low <= room };
  };
  const sizes = TABLE_SIZES.map(({ fontSize, padding }) => fit(fontSize, padding));
  const { widths, fontSize, padding } = sizes.find((s) => s.fits) ?? sizes.at(-1)!;
  return { widths, fontSize, padding };
}
