/** One run of a diff between two token lists. */
export interface DiffRun {
  kind: 'equal' | 'insert' | 'delete';
  /** Index of the run's first token in the old list (equal, delete) or the new list (insert). */
  from: number;
  count: number;
}

/** Words and the whitespace between them, so a diff reads as people edit: by word. */
export function tokenize(text: string): string[] {
  // The same split as text.match(/\s+|\S+/g), by hand: a compare tokenizes every version of a
  // chapter, and the regular expression was a third of its time.
  const tokens: string[] = [];
  let start = 0;
  let space = text.length > 0 && isSpace(text.charCodeAt(0));
  for (let i = 1; i < text.length; i++) {
    const s = isSpace(text.charCodeAt(i));
    if (s === space) continue;
    tokens.push(text.slice(start, i));
    start = i;
    space = s;
  }
  if (text.length > 0) tokens.push(text.slice(start));
  return tokens;
}

/** JavaScript's \s: ASCII whitespace, no-break space and the Unicode space separators. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Myers' O((N+M)·D) diff of two token lists (strings, or numbers for interned tokens). The common head and tail are cut off first: edits
 * between versions are usually local, so what is left to diff is small even in a long chapter.
 */
export function diffTokens<T extends string | number>(a: ArrayLike<T>, b: ArrayLike<T>): DiffRun[] {
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
  for (const step of middle(a, b, head, a.length - tail, b.length - tail)) push(step.kind, step.from, step.count);
  push('equal', a.length - tail, tail);
  return runs;
}

/** Myers on a[start, aEnd) and b[start, bEnd); runs carry indexes into a (equal, delete) and b (insert). */
function middle<T>(a: ArrayLike<T>, b: ArrayLike<T>, start: number, aEnd: number, bEnd: number): DiffRun[] {
  const n = aEnd - start;
  const m = bEnd - start;
  if (n === 0) return m > 0 ? [{ kind: 'insert', from: start, count: m }] : [];
  if (m === 0) return [{ kind: 'delete', from: start, count: n }];
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // Only diagonals -d..d are reached by step d, so each step keeps just that window of v: O(D²)
  // memory rather than O((N+M)·D), which dominated the time on long chapters with few changes.
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) {
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
  // Walk the trace back from the end, collecting runs (a snake as one equal run), then merge them.
  const steps: DiffRun[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    // trace[d] holds v[-d-1 .. d+1] as it was before step d.
    const vd = trace[d]!;
    const at = (k: number) => vd[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const snake = Math.min(x - prevX, y - prevY);
    if (snake > 0) steps.push({ kind: 'equal', from: start + x - snake, count: snake });
    x -= snake;
    y -= snake;
    if (x === prevX) steps.push({ kind: 'insert', from: start + --y, count: 1 });
    else steps.push({ kind: 'delete', from: start + --x, count: 1 });
  }
  if (x > 0) steps.push({ kind: 'equal', from: start, count: x });
  const runs: DiffRun[] = [];
  for (const step of steps.reverse()) {
    const last = runs.at(-1);
    if (last && last.kind === step.kind && last.from + last.count === step.from) last.count += step.count;
    else runs.push({ ...step });
  }
  return runs;
}
