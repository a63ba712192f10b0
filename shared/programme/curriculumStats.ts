import type { ProgrammeFacts, Unit } from './fields.ts';
import type { PartnerRef } from './checkTypes.ts';

export interface PartnerShare {
  partnerId: string;
  name: string;
  ects: number;
  /** Share of all unit ECTS, 0–1. */
  share: number;
}

/** Totals for the curriculum table and the exports. A unit taught by several partners counts for each in equal parts. */
export function curriculumTotals(units: Unit[], partners: PartnerRef[]) {
  const ects = units.reduce((s, u) => s + (u.ects ?? 0), 0);
  const hours = units.reduce((s, u) => s + (u.hours ?? 0), 0);
  const byPartner = new Map<string, number>();
  for (const u of units) {
    if (!u.ects || u.partners.length === 0) continue;
    for (const p of u.partners) byPartner.set(p, (byPartner.get(p) ?? 0) + u.ects / u.partners.length);
  }
  const shares: PartnerShare[] = [...byPartner].map(([partnerId, e]) => ({
    partnerId,
    name: partners.find((p) => p.id === partnerId)?.name ?? partnerId,
    ects: Math.round(e * 100) / 100,
    share: ects ? e / ects : 0,
  }));
  shares.sort((a, b) => b.ects - a.ects);
  return { ects: Math.round(ects * 100) / 100, hours, shares };
}

/** Which programme outcomes each unit serves: rows are programme outcomes, columns units. */
export function coverageMatrix(facts: ProgrammeFacts | null, units: Unit[]): { outcome: { id: string; text: string }; cells: boolean[] }[] {
  return (facts?.outcomes ?? []).map((o) => ({ outcome: o, cells: units.map((u) => u.outcomes.some((uo) => uo.serves.includes(o.id))) }));
}
