import type { TokenService } from '../auth/tokens.ts';
import type { ConsortiumStore } from '../storage/types.ts';
import { createConsortium } from './consortiumService.ts';
import { newPartner } from './partnerService.ts';
import { demoDossierUpdate } from '../programme/demoProgramme.ts';
import { demoDecisionsUpdate } from './demoDecisions.ts';

export const DEMO_ID = 'demo';

export const DEMO_PARTNERS = [
  newPartner('northbridge', {
    name: 'University of Northbridge',
    country: 'NL',
    type: 'degree-awarding',
    contactName: 'Anna de Vries',
    signatoryName: 'Prof. Pieter Jansen',
    signatoryRole: 'Rector',
    legalName: 'Stichting Universiteit van Northbridge',
    identifierType: 'erasmus',
    identifier: 'NL NORTHBR01',
    address: 'Havenplein 1, 9700 AB Northbridge',
    website: 'https://www.northbridge.example.org',
  }),
  newPartner('mar', {
    name: 'Universitat del Mar',
    country: 'ES',
    type: 'degree-awarding',
    contactName: 'Jordi Puig',
    signatoryName: 'Dra. Laura Vidal',
    signatoryRole: 'Vice-Rector for Education',
    legalName: 'Universitat del Mar',
    identifierType: 'erasmus',
    identifier: 'E MAR01',
    address: 'Passeig Marítim 12, 08003 Barcelona',
    website: 'https://www.umar.example.org',
  }),
  newPartner('baltic', {
    name: 'Baltic Technical University',
    country: 'LT',
    type: 'degree-awarding',
    contactName: 'Rūta Kazlauskienė',
    signatoryName: 'Prof. Tomas Petrauskas',
    signatoryRole: 'Rector',
    legalName: 'Baltijos technikos universitetas',
    identifierType: 'pic',
    identifier: '999000123',
    address: 'Technikos g. 5, LT-10223 Vilnius',
    website: 'https://www.btu.example.org',
  }),
];

/** On first start: a demo consortium with three partners, and sign-in links to try it from three windows. */
export async function ensureDemo(store: ConsortiumStore, tokens: TokenService, baseUrl: string): Promise<string[] | undefined> {
  if ((await store.list()).length > 0 && (await store.get(DEMO_ID)) === undefined) return undefined;
  await createConsortium(
    store,
    {
      id: DEMO_ID,
      name: 'Digital Skills Alliance (demo)',
      programmeTitle: 'Micro-credential programme in Applied Data Literacy',
      partners: DEMO_PARTNERS,
    },
    await demoDossierUpdate(),
    demoDecisionsUpdate(),
  );
  const ttl = 30 * 24 * 3600;
  const people = [
    { userId: 'demo-coordinator', name: 'Anna de Vries', partnerId: 'northbridge', role: 'coordinator' as const },
    { userId: 'demo-editor-mar', name: 'Jordi Puig', partnerId: 'mar', role: 'editor' as const },
    { userId: 'demo-editor-baltic', name: 'Rūta Kazlauskienė', partnerId: 'baltic', role: 'editor' as const },
  ];
  const links: string[] = [];
  for (const p of people) {
    const token = await tokens.sign({ ...p, consortiumId: DEMO_ID }, ttl);
    links.push(`${p.name} (${p.role}, ${p.partnerId}): ${baseUrl}/auth?token=${token}`);
  }
  return links;
}
