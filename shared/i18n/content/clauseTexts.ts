import { clauseTitle, clauseType, clauseVariant, notSetText, REF_LABEL, REF_SHORT, type RefKey } from '../../agreement/clauses.ts';
import type { Locale } from '../locales.ts';
import type { OtherLocale } from './contentPackTypes.ts';
import type { ClauseTexts, VariantText } from './clauseTextTypes.ts';

export type { ClauseTexts, VariantText } from './clauseTextTypes.ts';

/**
 * The clause library's titles, variant choices and reference names in the reader's (or an export's)
 * language. Each language is a module of its own, fetched with the agreement's interface rather than
 * with the page: the dossier becomes editable without them. The server registers every language at
 * start (content/packs/all.ts). Until a language is here, and for anything it lacks, the answer is
 * the English of the clause files.
 */
const registered = new Map<Locale, ClauseTexts>();

export function registerClauseTexts(locale: OtherLocale, texts: ClauseTexts): void {
  registered.set(locale, texts);
}

const loaders: Record<OtherLocale, () => Promise<ClauseTexts>> = {
  fr: () => import('./clauses/fr.ts').then((m) => m.fr),
  de: () => import('./clauses/de.ts').then((m) => m.de),
  es: () => import('./clauses/es.ts').then((m) => m.es),
  nl: () => import('./clauses/nl.ts').then((m) => m.nl),
};

/** Whether lookups in this language answer in it (English always does). */
export const hasClauseTexts = (locale: Locale): boolean => locale === 'en' || registered.has(locale);

/** Fetches and registers a language's clause words (nothing to do for English or a language already here). */
export async function loadClauseTexts(locale: Locale): Promise<void> {
  if (locale === 'en' || registered.has(locale)) return;
  registerClauseTexts(locale, await loaders[locale]());
}

const textsOf = (typeId: unknown, locale: Locale) => (typeof typeId === 'string' ? registered.get(locale)?.clauses[typeId] : undefined);

/** A clause's heading: its type's title, or "Clause" for a type this build does not know. */
export function clauseTitleIn(typeId: unknown, locale: Locale): string {
  return (clauseType(typeId) && textsOf(typeId, locale)?.title) || clauseTitle(typeId);
}

/** A variant's label and summary (the type's first variant for an unknown variant id, as `clauseVariant`). */
export function variantTextIn(typeId: unknown, variantId: unknown, locale: Locale): VariantText | undefined {
  const variant = clauseVariant(typeId, variantId);
  if (!variant) return undefined;
  const local = textsOf(typeId, locale)?.variants[variant.id];
  return { label: local?.label || variant.label, summary: local?.summary || variant.summary };
}

/** A reference as the "Insert a live value" list names it. */
export const refLabelIn = (key: RefKey, locale: Locale): string => registered.get(locale)?.refLabels[key] || REF_LABEL[key];

/** A reference's short name, for change notes and tooltips. */
export const refShortIn = (key: RefKey, locale: Locale): string => registered.get(locale)?.refShort[key] || REF_SHORT[key];

/** What a reference nobody has set yet shows. */
export function notSetIn(key: RefKey, locale: Locale): string {
  const template = registered.get(locale)?.notSet;
  return template ? template.replace('{what}', refShortIn(key, locale)) : notSetText(key);
}

/**
 * A reference's text as a reader sees it: a value as it stands (it is part of the agreement's
 * wording), the English "not yet set" of a reference nobody has set (as resolved, or as a sign-off
 * recorded it) in the reader's language.
 */
export const refTextIn = (key: RefKey, text: string, locale: Locale): string => (text === notSetText(key) ? notSetIn(key, locale) : text);
