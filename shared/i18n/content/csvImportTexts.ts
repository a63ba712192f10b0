import type { Locale } from '../locales.ts';
import { checkText, type LocalText } from './programmeChecks.ts';

/**
 * Why a units CSV could not be imported, in each interface language. An error carries a key and
 * values; the server's English `message` stays for scripts. Values in `{…}` are what the file said.
 */
const EN = {
  'csv.empty': 'The file is empty: the first line must name the columns.',
  'csv.unknownColumn': 'Unknown column "{column}"; the columns are {columns}.',
  'csv.requiredColumn': 'The column "{column}" is required.',
  'csv.noRows': 'There are no units below the header.',
  'csv.tooMany': 'At most {max} units per import.',
  'csv.tooManyCells': 'This row has {cells} cells but the header names {columns} columns.',
  'csv.unknownPartner': '"{partner}" is not a partner of this consortium (give a partner id or its exact name).',
  'csv.noTitle': 'Every unit needs a title.',
  'csv.noEcts': 'Every unit needs its ECTS.',
} as const;

export type CsvErrorKey = keyof typeof EN;

const OTHER: Record<Exclude<Locale, 'en'>, Record<CsvErrorKey, string>> = {
  fr: {
    'csv.empty': 'Le fichier est vide : la première ligne doit nommer les colonnes.',
    'csv.unknownColumn': 'Colonne inconnue « {column} » ; les colonnes sont {columns}.',
    'csv.requiredColumn': 'La colonne « {column} » est obligatoire.',
    'csv.noRows': 'Il n’y a aucune unité sous la ligne d’en-tête.',
    'csv.tooMany': '{max} unités au plus par importation.',
    'csv.tooManyCells': 'Cette ligne a {cells} cellules, mais l’en-tête nomme {columns} colonnes.',
    'csv.unknownPartner':
      '« {partner} » n’est pas un partenaire de ce consortium (indiquez l’identifiant d’un partenaire ou son nom exact).',
    'csv.noTitle': 'Chaque unité doit avoir un titre.',
    'csv.noEcts': 'Chaque unité doit indiquer ses ECTS.',
  },
  de: {
    'csv.empty': 'Die Datei ist leer: Die erste Zeile muss die Spalten benennen.',
    'csv.unknownColumn': 'Unbekannte Spalte „{column}“; die Spalten sind {columns}.',
    'csv.requiredColumn': 'Die Spalte „{column}“ ist erforderlich.',
    'csv.noRows': 'Unter der Kopfzeile stehen keine Einheiten.',
    'csv.tooMany': 'Höchstens {max} Einheiten pro Import.',
    'csv.tooManyCells': 'Diese Zeile hat {cells} Zellen, die Kopfzeile nennt aber {columns} Spalten.',
    'csv.unknownPartner':
      '„{partner}“ ist kein Partner dieses Konsortiums (geben Sie die Kennung eines Partners oder seinen genauen Namen an).',
    'csv.noTitle': 'Jede Einheit braucht einen Titel.',
    'csv.noEcts': 'Jede Einheit braucht ihre ECTS-Punkte.',
  },
  es: {
    'csv.empty': 'El archivo está vacío: la primera línea debe nombrar las columnas.',
    'csv.unknownColumn': 'Columna desconocida «{column}»; las columnas son {columns}.',
    'csv.requiredColumn': 'La columna «{column}» es obligatoria.',
    'csv.noRows': 'No hay unidades debajo de la cabecera.',
    'csv.tooMany': 'Como máximo {max} unidades por importación.',
    'csv.tooManyCells': 'Esta fila tiene {cells} celdas, pero la cabecera nombra {columns} columnas.',
    'csv.unknownPartner': '«{partner}» no es socio de este consorcio (indique el identificador de un socio o su nombre exacto).',
    'csv.noTitle': 'Cada unidad necesita un título.',
    'csv.noEcts': 'Cada unidad necesita sus créditos ECTS.',
  },
  nl: {
    'csv.empty': 'Het bestand is leeg: de eerste regel moet de kolommen noemen.',
    'csv.unknownColumn': 'Onbekende kolom “{column}”; de kolommen zijn {columns}.',
    'csv.requiredColumn': 'De kolom “{column}” is verplicht.',
    'csv.noRows': 'Er staan geen eenheden onder de kopregel.',
    'csv.tooMany': 'Hoogstens {max} eenheden per import.',
    'csv.tooManyCells': 'Deze regel heeft {cells} cellen, maar de kopregel noemt {columns} kolommen.',
    'csv.unknownPartner': '“{partner}” is geen partner van dit consortium (geef de id van een partner of de exacte naam).',
    'csv.noTitle': 'Elke eenheid heeft een titel nodig.',
    'csv.noEcts': 'Elke eenheid heeft haar ECTS nodig.',
  },
};

const CSV_TEXTS: Record<Locale, Record<CsvErrorKey, string>> = { en: EN, ...OTHER };

/** An import error's words: one of the CSV sentences above, or a field check's (a value out of range…). */
export type CsvErrorText = { csv: CsvErrorKey; values?: Record<string, string | number> } | LocalText;

export function csvErrorText(text: CsvErrorText, locale: Locale): string {
  if (!('csv' in text)) return checkText(text, locale);
  return CSV_TEXTS[locale][text.csv].replace(/\{(\w+)\}/g, (whole, name: string) => String(text.values?.[name] ?? whole));
}
