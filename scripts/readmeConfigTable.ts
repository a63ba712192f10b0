const HEADER = '| variable | default | meaning |';

/** The configuration table in README.md: from its header row to the first line that is not a table row. */
export function findConfigTable(readme: string): { start: number; end: number } {
  const start = readme.indexOf(HEADER);
  if (start < 0) throw new Error(`README.md has no configuration table (a line "${HEADER}")`);
  let end = start;
  while (end < readme.length && readme[end] === '|') {
    const newline = readme.indexOf('\n', end);
    end = newline < 0 ? readme.length : newline + 1;
  }
  return { start, end };
}

export function readConfigTable(readme: string): string {
  const { start, end } = findConfigTable(readme);
  return readme.slice(start, end).trimEnd();
}

export function replaceConfigTable(readme: string, table: string): string {
  const { start, end } = findConfigTable(readme);
  return readme.slice(0, start) + table + '\n' + readme.slice(end);
}
