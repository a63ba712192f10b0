/**
 * Languages a block of the dossier can be marked as written in (the `lang` attribute of paragraphs,
 * headings and list items): the EU's official languages and a few more spoken in partner countries.
 * Their names come from `Intl.DisplayNames` in the reader's language, so this list needs no translation.
 */
export const BLOCK_LANGUAGES = [
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'ga',
  'gl',
  'hr',
  'hu',
  'is',
  'it',
  'lb',
  'lt',
  'lv',
  'mt',
  'nl',
  'no',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
] as const;

/**
 * A BCP 47 language tag as stored in a block (`de`, `pt-BR`, `sr-Latn`): checked before it reaches
 * any export's markup, since the attribute comes from a shared, editable document.
 */
export function isLanguageTag(value: string): boolean {
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/.test(value);
}
