/**
 * Where the long words of the chapter titles may break, as soft hyphens (U+00AD). The sidebar is
 * narrow, Chromium has no hyphenation dictionaries on Linux (`hyphens: auto` does nothing there), and
 * without these "Prüfungsordnung" was cut as "Prüfungsordnu / ng". The joints follow each language's
 * compounds; only the sidebar uses them, so exports and search see the plain words. English needs
 * none: its longest title word ("Sustainability") fits the sidebar at 1024 px.
 */
const JOINTS = [
  // German
  'Micro|credentials',
  'Gestaltungs|fahrplan',
  'Technologie|umgebung',
  'Qualitäts|sicherung',
  'Konsortial|vertrag',
  'Zulassungs|rahmen',
  'Prüfungs|ordnung',
  'Sprachen|politik',
  'Nach|haltigkeit',
  'Institutio|nelle',
  'Unter|stützung',
  'Partner|schaft',
  'Geschäfts|plan',
  'Programm|team',
  'Studie|renden',
  'Business|plan',
  // Dutch
  'Consortium|overeenkomst',
  'micro|credential|concept',
  'Onderwijs|kundig',
  'Toelatings|kader',
  'kwaliteits|zorg',
  'examen|regeling',
  'Ontwerp|roadmap',
  'Institutio|nele',
  'onder|steuning',
  'duurzaam|heid',
  'kwalifi|catie',
  'Gezamen|lijke',
  'partner|schap',
  'Wervings|plan',
  'Programma|team',
  // French, and "technologisch" (Dutch)
  'technolo|gique',
  'technolo|gisch',
  'institu|tionnel',
  'certifi|cation',
  'linguis|tique',
  // Spanish
  'micro|credencial',
  'sostenibi|lidad',
  'institu|cional',
  'Macro|objetivos',
];

const BY_WORD = new Map(JOINTS.map((joint) => [joint.replaceAll('|', '').toLowerCase(), joint.split('|')]));

/** `text` with soft hyphens at the compound joints of the words listed above, in their own case. */
export function withSoftHyphens(text: string): string {
  return text.replace(/\p{L}{12,}/gu, (word) => {
    const parts = BY_WORD.get(word.toLowerCase());
    if (!parts) return word;
    let at = 0;
    return parts.map((part) => word.slice(at, (at += part.length))).join('\u00AD');
  });
}
