/** Setup file of the e2e project: fails a test when a page it left had accessibility violations. */
import { afterAll, afterEach } from 'vitest';
import { takeAutomaticFindings } from './axe.ts';

function report(): void {
  const findings = takeAutomaticFindings();
  if (findings.length > 0) throw new Error(findings.join('\n\n'));
}

afterEach(report);
afterAll(report);
