/**
 * `npm run config:table`: rewrites the configuration table in README.md from the declarations in
 * server/config.ts (test/unit/config.test.ts fails while the README is not current).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configTable } from '../server/config.ts';
import { replaceConfigTable } from './readmeConfigTable.ts';

const readme = resolve(import.meta.dirname, '..', 'README.md');
writeFileSync(readme, replaceConfigTable(readFileSync(readme, 'utf8'), configTable()));
console.log('README.md: configuration table updated');
