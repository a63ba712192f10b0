import { registerContentPack } from '../contentPack.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
// The clause library's words are their own modules (a browser fetches them with the agreement), registered here with the rest.
import '../clauses/all.ts';

/**
 * Every language's pack, registered on import: the server (and any test or script that renders in
 * several languages) imports this once, before it serves anyone.
 */
export const CONTENT_PACKS = { fr, de, es, nl } as const;
for (const [locale, pack] of Object.entries(CONTENT_PACKS)) registerContentPack(locale as keyof typeof CONTENT_PACKS, pack);
