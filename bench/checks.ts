/**
 * All programme checks over a 60-unit programme, as the checks panel runs them on every change:
 * parse the block attributes, run every rule. Prints ms per run (mean, p95) against the 5 ms budget.
 *   npx tsx bench/checks.ts [--units=60] [--runs=2000]
 */
import { performance } from 'node:perf_hooks';
import { emptyAttrs, FACTS_FIELDS, UNIT_FIELDS } from '../shared/programme/fields.ts';
import { programmeReport, type ProgrammeBlocks } from '../shared/programme/blocks.ts';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const UNITS = arg('units', 60);
const RUNS = arg('runs', 2000);
const BUDGET_MS = 5;

const partners = ['north', 'south', 'east', 'west'].map((id) => ({ id, name: `University ${id}`, country: 'NL' }));
const outcomeIds = Array.from({ length: 12 }, (_, i) => `PO${i + 1}`);

function programme(): ProgrammeBlocks {
  const facts = {
    ...emptyAttrs(FACTS_FIELDS),
    id: 'facts',
    title: 'Bench programme',
    totalEcts: String(UNITS * 4),
    eqf: '6',
    awardingBodies: '["north","south"]',
    participation: 'online',
    qualityAssurance: 'Lead QA',
    outcomes: JSON.stringify(outcomeIds.map((id) => ({ id, text: `Outcome ${id}` }))),
  };
  // Varied units, some with findings (hours off, level too high, unknown partner), like a real draft.
  const units = Array.from({ length: UNITS }, (_, i) => ({
    ...emptyAttrs(UNIT_FIELDS),
    id: `u${i}`,
    title: `Unit ${i}`,
    code: `U${i}`,
    ects: i % 7 === 0 ? '-1' : '5',
    hours: String(110 + (i % 5) * 10),
    eqf: String(5 + (i % 3)),
    partners: JSON.stringify([partners[i % 4]!.id, i % 11 === 0 ? 'ghost' : partners[(i + 1) % 4]!.id]),
    assessment: i % 9 === 0 ? '' : 'project',
    idVerification: 'supervised-with-id',
    kind: i % 4 === 0 ? 'elective' : 'compulsory',
    outcomes: JSON.stringify([
      { text: `Does ${i}`, serves: [outcomeIds[i % 12]!, outcomeIds[(i + 5) % 12]!] },
      { text: `Also ${i}`, serves: [] },
    ]),
  }));
  return { facts, units };
}

const blocks = programme();
let findings = 0;
for (let i = 0; i < 200; i++) findings = programmeReport(blocks, partners).checks.length; // warm-up (JIT)
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  programmeReport(blocks, partners);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const mean = times.reduce((s, t) => s + t, 0) / times.length;
const p95 = times[Math.floor(times.length * 0.95)]!;
console.log(
  `checks over ${UNITS} units (${findings} findings), ${RUNS} runs: mean ${mean.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms per run`,
);
console.log(`${p95 <= BUDGET_MS ? 'PASS' : 'WARN'} p95 ${p95.toFixed(3)} ms against the ${BUDGET_MS} ms budget`);
