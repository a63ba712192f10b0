import { CHAPTER_BY_KEY } from '../chapters.ts';
import { CHAPTER_CHECKLISTS } from '../chapterChecklists.ts';
import type { ChapterHelp, ChapterKey } from '../chapterTypes.ts';
import { contentPack } from './content/contentPack.ts';
import type { Locale } from './locales.ts';

export type { ChapterHelp } from '../chapterTypes.ts';

/** The chapter's heading in a language ("Visión compartida"); English is the source in `shared/chapters.ts`. */
export function chapterTitle(key: ChapterKey, locale: Locale): string {
  return contentPack(locale)?.chapters[key].title ?? CHAPTER_BY_KEY.get(key)!.title;
}

/** The chapter's one-sentence summary in a language. */
export function chapterSummary(key: ChapterKey, locale: Locale): string {
  return contentPack(locale)?.chapters[key].summary ?? CHAPTER_BY_KEY.get(key)!.summary;
}

/**
 * Guidance is help text few people open, so each language is its own chunk, fetched the first time
 * someone opens a chapter's guidance in that language.
 */
const helpLoaders: Record<Locale, () => Promise<ChapterHelp>> = {
  en: () => import('../chapterGuidance.ts').then((m) => m.CHAPTER_GUIDANCE),
  fr: () => import('./content/help/fr.ts').then((m) => m.help),
  de: () => import('./content/help/de.ts').then((m) => m.help),
  es: () => import('./content/help/es.ts').then((m) => m.help),
  nl: () => import('./content/help/nl.ts').then((m) => m.help),
};

export function loadChapterHelp(locale: Locale): Promise<ChapterHelp> {
  return helpLoaders[locale]();
}

/**
 * A checklist decision's title in a language. The checklist's order is a stored contract (a
 * decision's key holds its index), so translations are read by index and fall back to English.
 */
export function checklistTitle(help: ChapterHelp | undefined, key: ChapterKey, index: number): string {
  return help?.[key].checklist[index] ?? CHAPTER_CHECKLISTS[key][index] ?? '';
}

/** The fixed words around each chapter's heading; `{number}` is the chapter's number. */
/**
 * The editor's own words, drawn by code outside React (the editor is made before React when the
 * dossier opens): its accessible name, and the prompt in an empty paragraph for writers and readers.
 */
export const EDITOR_WORDS: Record<Locale, { label: string; emptyWriter: string; emptyReader: string }> = {
  en: { label: 'Dossier text', emptyWriter: 'Write here…', emptyReader: 'Nothing written yet' },
  fr: { label: 'Texte du dossier', emptyWriter: 'Écrivez ici…', emptyReader: 'Rien d’écrit pour l’instant' },
  de: { label: 'Text des Dossiers', emptyWriter: 'Hier schreiben…', emptyReader: 'Noch nichts geschrieben' },
  es: { label: 'Texto del dosier', emptyWriter: 'Escriba aquí…', emptyReader: 'Aún no hay nada escrito' },
  nl: { label: 'Tekst van het dossier', emptyWriter: 'Schrijf hier…', emptyReader: 'Nog niets geschreven' },
};

export const CHAPTER_CHROME: Record<Locale, { kicker: string; guidance: string; decisions: string }> = {
  en: { kicker: 'Chapter {number}', guidance: 'Guidance and decisions to take', decisions: 'Decisions to take' },
  fr: { kicker: 'Chapitre {number}', guidance: 'Conseils et décisions à prendre', decisions: 'Décisions à prendre' },
  de: { kicker: 'Kapitel {number}', guidance: 'Hinweise und zu treffende Entscheidungen', decisions: 'Zu treffende Entscheidungen' },
  es: { kicker: 'Capítulo {number}', guidance: 'Orientación y decisiones que tomar', decisions: 'Decisiones que tomar' },
  nl: { kicker: 'Hoofdstuk {number}', guidance: 'Toelichting en te nemen besluiten', decisions: 'Te nemen besluiten' },
};
