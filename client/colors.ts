/** Partner colours: distinct, readable on white, and `#rrggbb` as CollaborationCaret requires. */
const PALETTE = ['#2563eb', '#c2410c', '#15803d', '#7c3aed', '#be123c', '#0e7490', '#a16207', '#4d7c0f'];

export function partnerColor(partnerId: string, partnerIds: readonly string[] = []): string {
  const index = partnerIds.indexOf(partnerId);
  if (index >= 0) return PALETTE[index % PALETTE.length]!;
  let hash = 0;
  for (const ch of partnerId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

export function initials(name: string): string {
  // "Quinn Adams (QA officer)" → "QA": bracketed notes are not part of the name.
  const parts = name
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts.at(-1)![0]] : [parts[0]?.[0], parts[0]?.[1]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}
