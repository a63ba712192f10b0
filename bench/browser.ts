import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { installExitHandlers, killAll } from './procs.ts';
import { renderBrowserTable, runBrowserBench } from './browser/scenario.ts';

/**
 * `npm run bench:browser`: the built client in Chromium against our server holding a full dossier.
 * Knobs (environment): BENCH_LOADS, BENCH_KEYSTROKES, BENCH_PROFILE (path of a .cpuprofile),
 * BENCH_BROWSER_OUTPUT, BENCH_BASELINE_DIR (another build's `dist/`, loaded alternately with ours). See bench/README.md.
 */

const started = performance.now();
const log = (msg: string) => console.error(`[bench:browser ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}`);

function intKnob(name: string, def: number, min: number, max: number): number {
  const text = process.env[name];
  const value = text === undefined ? def : Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name}=${text}: expected an integer in [${min}, ${max}]`);
  return value;
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0]!;
  const result = await runBrowserBench({
    loads: intKnob('BENCH_LOADS', 5, 1, 50),
    keystrokes: intKnob('BENCH_KEYSTROKES', 120, 5, 1000),
    profilePath: process.env.BENCH_PROFILE,
    baselineDir: process.env.BENCH_BASELINE_DIR ? resolve(process.env.BENCH_BASELINE_DIR) : undefined,
    log,
  });
  const table = renderBrowserTable(result);
  console.log(
    `\nJointly browser bench — node ${process.version}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}\n`,
  );
  console.log(table);
  if (result.profileLoadTop) console.log(`\nCPU profile, self time of the last load:\n${result.profileLoadTop.join('\n')}`);
  if (result.profileAloneTop) console.log(`\nCPU profile, self time typing alone:\n${result.profileAloneTop.join('\n')}`);
  if (result.profileTop)
    console.log(`\nCPU profile (${process.env.BENCH_PROFILE}), self time with two typists:\n${result.profileTop.join('\n')}`);
  const output = resolve(process.env.BENCH_BROWSER_OUTPUT ?? 'bench/results/browser.json');
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify({ generatedAt: new Date().toISOString(), result, table }, null, 2) + '\n');
  log(`wrote ${output}`);
}

installExitHandlers();
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nbench:browser: harness failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    killAll();
    process.exit(1);
  },
);
