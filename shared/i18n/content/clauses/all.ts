import { registerClauseTexts } from '../clauseTexts.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

/**
 * Every language's clause words, registered on import: the server (through content/packs/all.ts)
 * and any test or script that renders in several languages import this once.
 */
export const CLAUSE_TEXTS = { fr, de, es, nl } as const;
for (const [locale, texts] of Object.entries(CLAUSE_TEXTS)) registerClauseTexts(locale as keyof typeof CLAUSE_TEXTS, texts);
