import { CLAUSE_NODE } from './clauseTypes.ts';

/**
 * Clause numbers of the agreement, in document order: a clause block or a section heading (level 3)
 * opens clause "1.", "2.", …; a sub-heading (level 4) is "2.1". The editor and every export number
 * with this one rule, so the numbers on screen are the numbers on paper.
 */
export function clauseNumbering(blocks: { type: string; level?: number }[]): (string | null)[] {
  let major = 0;
  let minor = 0;
  return blocks.map((block) => {
    if (block.type === CLAUSE_NODE || (block.type === 'heading' && (block.level ?? 3) <= 3)) {
      major++;
      minor = 0;
      return `${major}.`;
    }
    if (block.type === 'heading') {
      minor++;
      return `${Math.max(major, 1)}.${minor}`;
    }
    return null;
  });
}
