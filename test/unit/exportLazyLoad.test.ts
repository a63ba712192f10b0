import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

/** Specifiers a module imports at load time: `import type` and `import()` are left out. */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) found.push(match[1]!);
  for (const match of source.matchAll(/^import\s+'([^']+)'/gm)) found.push(match[1]!);
  return found;
}

/** Every package a module pulls in at load time, following our own files. */
function packagesReachedFrom(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else packages.add(specifier.split('/')[0]!.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
    }
  };
  visit(entry);
  return packages;
}

describe('export renderers are loaded on the first export', () => {
  it('starting the server loads neither docx nor pdfmake', () => {
    const packages = packagesReachedFrom(resolve(root, 'server', 'server.ts'));
    expect(packages.has('yjs')).toBe(true); // the walk does follow the server's imports
    expect(packages.has('docx')).toBe(false);
    expect(packages.has('pdfmake')).toBe(false);
  });

  it('the renderers themselves do load them', () => {
    expect(packagesReachedFrom(resolve(root, 'server', 'export', 'docx.ts')).has('docx')).toBe(true);
    expect(packagesReachedFrom(resolve(root, 'server', 'export', 'pdf.ts')).has('pdfmake')).toBe(true);
  });
});
