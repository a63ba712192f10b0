/** One run of a diff between two token lists. */
export interface DiffRun {
  kind: 'equal' | 'insert' | 'delete';
  /** Index of the run's first token in the old list (equal, delete) or the new list (insert). */
  from: number;
  count: number;
}

/** Words and the whitespace between them, so a diff reads as people edit: by word. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/**
 * Myers' O((N+M)·D) diff of two token lists. The common head and tail are cut off first: edits
 * between versions are usually local, so what is left to diff is small even in a long chapter.
 */
export function diffTokens(a: readonly string[], b: readonly string[]): DiffRun[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const runs: DiffRun[] = [];
  const push = (kind: DiffRun['kind'], from: number, count: number) => {
    if (count === 0) return;
    const last = runs.at(-1);
    if (last && last.kind === kind && last.from + last.count === from) last.count += count;
    else runs.push({ kind, from, count });
  };
  push('equal', 0, head);
  for (const step of middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail))) {
    push(step.kind, step.from + head, step.count);
  }
  push('equal', a.length - tail, tail);
  return runs;
}

function middle(a: readonly string[], b: readonly string[]): DiffRun[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m > 0 ? [{ kind: 'insert', from: 0, count: m }] : [];
  if (m === 0) return [{ kind: 'delete', from: 0, count: n }];
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from the end, collecting single steps, then merge them into runs.
  const steps: DiffRun[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push({ kind: 'equal', from: --x, count: 1 });
      y--;
    }
    if (x === prevX) steps.push({ kind: 'insert', from: --y, count: 1 });
    else steps.push({ kind: 'delete', from: --x, count: 1 });
  }
  while (x > 0 && y > 0) {
    steps.push({ kind: 'equal', from: --x, count: 1 });
    y--;
  }
  const runs: DiffRun[] = [];
  for (const step of steps.reverse()) {
    const last = runs.at(-1);
    if (last && last.kind === step.kind && last.from + last.count === step.from) last.count++;
    else runs.push({ ...step });
  }
  return runs;
}
