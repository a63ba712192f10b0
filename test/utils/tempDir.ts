import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const TMP_ROOT = resolve(import.meta.dirname, '..', '..', '.tmp');

/** A fresh folder under ./.tmp (gitignored); call the returned function to delete it. */
export function tempDir(prefix = 'test'): { path: string; remove: () => void } {
  mkdirSync(TMP_ROOT, { recursive: true });
  const path = mkdtempSync(join(TMP_ROOT, `${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
