import { readFileSync } from 'node:fs';
import type { Row } from './report.ts';

/**
 * Run-to-run variance: `npx tsx bench/compare.ts run1.json run2.json …` (files written by `npm run bench`).
 * For each metric: the value of each server in each run, and the spread (max − min) / median.
 */

const files = process.argv.slice(2);
if (files.length < 2) {
  console.error('usage: npx tsx bench/compare.ts <run1.json> <run2.json> [...]');
  process.exit(2);
}
const runs = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as { rows: Row[]; machine?: { loadAverageBefore?: number } });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const fmt = (v: number | undefined) =>
  v === undefined ? '-' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
const spread = (xs: (number | undefined)[]) => {
  const v = xs.filter((x): x is number => x !== undefined);
  if (v.length < 2) return '-';
  const m = median(v);
  return m === 0 ? '-' : `±${((100 * (Math.max(...v) - Math.min(...v))) / 2 / Math.abs(m)).toFixed(0)}%`;
};

console.log(`runs: ${files.join(', ')}; load average at start: ${runs.map((r) => fmt(r.machine?.loadAverageBefore)).join(', ')}\n`);
const header = ['metric', 'reference', 'spread', 'ours', 'spread', 'raw', 'spread', 'ours/ref'];
const lines = runs[0]!.rows
  .map((row, i) => {
    const col = (key: 'reference' | 'ours' | 'raw' | 'oursOverReference') => runs.map((r) => r.rows[i]?.[key]);
    return [
      `[${row.section}] ${row.label} (${row.unit})`,
      col('reference').map(fmt).join(' / '),
      spread(col('reference')),
      col('ours').map(fmt).join(' / '),
      spread(col('ours')),
      col('raw').map(fmt).join(' / '),
      spread(col('raw')),
      col('oursOverReference').map(fmt).join(' / '),
    ];
  })
  .filter((cells) => cells.slice(1).some((c) => c !== '-' && !/^(- \/ )*-$/.test(c)));
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
for (const cells of [header, ...lines])
  console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
