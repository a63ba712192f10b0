import type { Locale } from '../locales.ts';

/**
 * What the Europass (ELM) description still lacks, in each interface and document language. A gap
 * carries a key and values; the English sentence stays in the gap's `message` for scripts.
 * `{value}` marks what the partners wrote, shown as they wrote it.
 */
const EN = {
  facts: 'There is no programme facts block yet: add it in the Qualification chapter.',
  'language.unknown': '“{value}” is not a language the EU list knows; write its English name, e.g. English.',
  'language.missing': 'The language of instruction is not given.',
  'title.programme': 'The programme has no title.',
  'otherTitles.unreadable': '“{value}” needs its language in front, e.g. “nl: …”.',
  'eqf.missing': 'The EQF level is not given.',
  'nqf.text':
    'The national levels (“{value}”) are text; Europass needs each level’s address in the EU qualifications register (http://data.europa.eu/snb/qdr/…).',
  'nqf.missing': 'No national qualification level is given.',
  'isced.unknown': '“{value}” has no ISCED-F code (e.g. 0688).',
  'isced.missing': 'The ISCED-F field of study is not given.',
  'outcomes.programme': 'The programme has no learning outcomes.',
  totalEcts: 'The total ECTS is not given.',
  participation: 'The form of participation (online, blended, on site) is not chosen.',
  qualityAssurance: 'The type of quality assurance is not described.',
  awardingBodies: 'No awarding body is chosen.',
  'title.unit': 'The unit has no title.',
  'nqf.unit':
    'A unit of a qualification needs its national qualification level for Europass: give the unit’s NQF level (its address in the EU qualifications register).',
  'mode.unit': 'The form of participation is not chosen.',
  'outcomes.unit': 'The unit has no learning outcomes.',
  'ects.unit': 'The ECTS credits are not given.',
  'hours.unit': 'The notional hours are not given.',
  'assessment.unit': 'The type of assessment is not chosen.',
  legalName: 'The official legal name is not given on the Partners page.',
  country: 'The country is not given on the Partners page.',
  address: 'The postal address is not given on the Partners page.',
  identifier: 'No identifier (PIC, Erasmus code or national registration) is given on the Partners page.',
} as const;

export type ElmGapKey = keyof typeof EN;

const OTHER: Record<Exclude<Locale, 'en'>, Record<ElmGapKey, string>> = {
  fr: {
    facts: 'Il n’y a pas encore de bloc « données du programme » : ajoutez-le dans le chapitre « La certification ».',
    'language.unknown': '« {value} » n’est pas une langue de la liste de l’UE ; écrivez son nom anglais, p. ex. French.',
    'language.missing': 'La langue d’enseignement n’est pas indiquée.',
    'title.programme': 'Le programme n’a pas de titre.',
    'otherTitles.unreadable': '« {value} » doit commencer par sa langue, p. ex. « nl: … ».',
    'eqf.missing': 'Le niveau CEC n’est pas indiqué.',
    'nqf.text':
      'Les niveaux nationaux (« {value} ») sont du texte ; Europass attend l’adresse de chaque niveau dans le registre européen des certifications (http://data.europa.eu/snb/qdr/…).',
    'nqf.missing': 'Aucun niveau national de certification n’est indiqué.',
    'isced.unknown': '« {value} » n’a pas de code CITE-F (p. ex. 0688).',
    'isced.missing': 'Le domaine d’études CITE-F n’est pas indiqué.',
    'outcomes.programme': 'Le programme n’a pas d’acquis d’apprentissage.',
    totalEcts: 'Le total d’ECTS n’est pas indiqué.',
    participation: 'La forme de participation (en ligne, hybride, sur place) n’est pas choisie.',
    qualityAssurance: 'Le type d’assurance qualité n’est pas décrit.',
    awardingBodies: 'Aucun organisme de délivrance n’est choisi.',
    'title.unit': 'L’unité n’a pas de titre.',
    'nqf.unit':
      'Pour Europass, une unité d’une certification a besoin de son niveau national de certification : indiquez le niveau NQF de l’unité (son adresse dans le registre européen des certifications).',
    'mode.unit': 'La forme de participation n’est pas choisie.',
    'outcomes.unit': 'L’unité n’a pas d’acquis d’apprentissage.',
    'ects.unit': 'Les crédits ECTS ne sont pas indiqués.',
    'hours.unit': 'Les heures de travail prévues ne sont pas indiquées.',
    'assessment.unit': 'Le type d’évaluation n’est pas choisi.',
    legalName: 'La dénomination légale officielle n’est pas indiquée sur la page Partenaires.',
    country: 'Le pays n’est pas indiqué sur la page Partenaires.',
    address: 'L’adresse postale n’est pas indiquée sur la page Partenaires.',
    identifier: 'Aucun identifiant (PIC, code Erasmus ou enregistrement national) n’est indiqué sur la page Partenaires.',
  },
  de: {
    facts: 'Es gibt noch keinen Block mit den Programmdaten: Fügen Sie ihn im Kapitel „Der Abschluss“ hinzu.',
    'language.unknown': '„{value}“ ist keine Sprache der EU-Liste; schreiben Sie ihren englischen Namen, z. B. German.',
    'language.missing': 'Die Unterrichtssprache ist nicht angegeben.',
    'title.programme': 'Das Programm hat keinen Titel.',
    'otherTitles.unreadable': 'Vor „{value}“ fehlt die Sprache, z. B. „nl: …“.',
    'eqf.missing': 'Das EQR-Niveau ist nicht angegeben.',
    'nqf.text':
      'Die nationalen Niveaus („{value}“) sind Text; Europass braucht für jedes Niveau seine Adresse im EU-Qualifikationsregister (http://data.europa.eu/snb/qdr/…).',
    'nqf.missing': 'Es ist kein nationales Qualifikationsniveau angegeben.',
    'isced.unknown': '„{value}“ hat keinen ISCED-F-Code (z. B. 0688).',
    'isced.missing': 'Das Studienfeld nach ISCED-F ist nicht angegeben.',
    'outcomes.programme': 'Das Programm hat keine Lernergebnisse.',
    totalEcts: 'Die ECTS-Summe ist nicht angegeben.',
    participation: 'Die Form der Teilnahme (online, hybrid, vor Ort) ist nicht gewählt.',
    qualityAssurance: 'Die Art der Qualitätssicherung ist nicht beschrieben.',
    awardingBodies: 'Es ist keine verleihende Stelle gewählt.',
    'title.unit': 'Die Einheit hat keinen Titel.',
    'nqf.unit':
      'Eine Einheit eines Abschlusses braucht für Europass ihr nationales Qualifikationsniveau: Geben Sie das NQF-Niveau der Einheit an (seine Adresse im EU-Qualifikationsregister).',
    'mode.unit': 'Die Form der Teilnahme ist nicht gewählt.',
    'outcomes.unit': 'Die Einheit hat keine Lernergebnisse.',
    'ects.unit': 'Die ECTS-Punkte sind nicht angegeben.',
    'hours.unit': 'Der Arbeitsaufwand in Stunden ist nicht angegeben.',
    'assessment.unit': 'Die Prüfungsart ist nicht gewählt.',
    legalName: 'Der offizielle rechtliche Name ist auf der Seite „Partner“ nicht angegeben.',
    country: 'Das Land ist auf der Seite „Partner“ nicht angegeben.',
    address: 'Die Postanschrift ist auf der Seite „Partner“ nicht angegeben.',
    identifier: 'Auf der Seite „Partner“ ist keine Kennung (PIC, Erasmus-Code oder nationale Registrierung) angegeben.',
  },
  es: {
    facts: 'Aún no hay un bloque de datos del programa: añádalo en el capítulo «La titulación».',
    'language.unknown': '«{value}» no es un idioma de la lista de la UE; escriba su nombre en inglés, p. ej. Spanish.',
    'language.missing': 'No se indica la lengua de enseñanza.',
    'title.programme': 'El programa no tiene título.',
    'otherTitles.unreadable': 'Delante de «{value}» falta su idioma, p. ej. «nl: …».',
    'eqf.missing': 'No se indica el nivel del MEC.',
    'nqf.text':
      'Los niveles nacionales («{value}») son texto; Europass necesita la dirección de cada nivel en el registro europeo de cualificaciones (http://data.europa.eu/snb/qdr/…).',
    'nqf.missing': 'No se indica ningún nivel nacional de cualificación.',
    'isced.unknown': '«{value}» no tiene código CINE-F (p. ej. 0688).',
    'isced.missing': 'No se indica el campo de estudio CINE-F.',
    'outcomes.programme': 'El programa no tiene resultados de aprendizaje.',
    totalEcts: 'No se indica el total de ECTS.',
    participation: 'No se ha elegido la forma de participación (en línea, híbrida, presencial).',
    qualityAssurance: 'No se describe el tipo de garantía de calidad.',
    awardingBodies: 'No se ha elegido ninguna entidad otorgante.',
    'title.unit': 'La unidad no tiene título.',
    'nqf.unit':
      'Para Europass, una unidad de una cualificación necesita su nivel nacional de cualificación: indique el nivel NQF de la unidad (su dirección en el registro europeo de cualificaciones).',
    'mode.unit': 'No se ha elegido la forma de participación.',
    'outcomes.unit': 'La unidad no tiene resultados de aprendizaje.',
    'ects.unit': 'No se indican los créditos ECTS.',
    'hours.unit': 'No se indican las horas de trabajo previstas.',
    'assessment.unit': 'No se ha elegido el tipo de evaluación.',
    legalName: 'No se indica la denominación legal oficial en la página de socios.',
    country: 'No se indica el país en la página de socios.',
    address: 'No se indica la dirección postal en la página de socios.',
    identifier: 'No se indica ningún identificador (PIC, código Erasmus o registro nacional) en la página de socios.',
  },
  nl: {
    facts: 'Er is nog geen blok met programmagegevens: voeg het toe in het hoofdstuk “De kwalificatie”.',
    'language.unknown': '“{value}” is geen taal uit de EU-lijst; schrijf de Engelse naam, bijv. Dutch.',
    'language.missing': 'De onderwijstaal is niet opgegeven.',
    'title.programme': 'Het programma heeft geen titel.',
    'otherTitles.unreadable': 'Voor “{value}” ontbreekt de taal, bijv. “nl: …”.',
    'eqf.missing': 'Het EQF-niveau is niet opgegeven.',
    'nqf.text':
      'De nationale niveaus (“{value}”) zijn tekst; Europass heeft voor elk niveau het adres in het EU-kwalificatieregister nodig (http://data.europa.eu/snb/qdr/…).',
    'nqf.missing': 'Er is geen nationaal kwalificatieniveau opgegeven.',
    'isced.unknown': '“{value}” heeft geen ISCED-F-code (bijv. 0688).',
    'isced.missing': 'Het ISCED-F-studiegebied is niet opgegeven.',
    'outcomes.programme': 'Het programma heeft geen leerresultaten.',
    totalEcts: 'Het totaal aan ECTS is niet opgegeven.',
    participation: 'De vorm van deelname (online, blended, op locatie) is niet gekozen.',
    qualityAssurance: 'Het soort kwaliteitszorg is niet beschreven.',
    awardingBodies: 'Er is geen verlenende instelling gekozen.',
    'title.unit': 'De eenheid heeft geen titel.',
    'nqf.unit':
      'Een eenheid van een kwalificatie heeft voor Europass een nationaal kwalificatieniveau nodig: geef het NQF-niveau van de eenheid (het adres in het EU-kwalificatieregister).',
    'mode.unit': 'De vorm van deelname is niet gekozen.',
    'outcomes.unit': 'De eenheid heeft geen leerresultaten.',
    'ects.unit': 'De ECTS-punten zijn niet opgegeven.',
    'hours.unit': 'De studielast in uren is niet opgegeven.',
    'assessment.unit': 'Het soort toetsing is niet gekozen.',
    legalName: 'De officiële juridische naam staat niet op de pagina Partners.',
    country: 'Het land staat niet op de pagina Partners.',
    address: 'Het postadres staat niet op de pagina Partners.',
    identifier: 'Er staat geen identificatie (PIC, Erasmus-code of nationale registratie) op de pagina Partners.',
  },
};

export const ELM_GAP_TEXTS: Record<Locale, Record<ElmGapKey, string>> = { en: EN, ...OTHER };

/**
 * Whom a gap (or the readiness report's programme section) concerns, as a reader sees it: its name as
 * the partners wrote it, or, for a programme with no title yet, `programme`: the readiness page's own
 * heading `readiness.programme` ("The programme") in the reader's language, which the caller has at
 * hand (taking it from here would pull the report's English table into the page's chunk).
 */
export function elmGapLabel(subject: { label: string; untitled?: boolean }, programme: string): string {
  return subject.untitled ? programme : subject.label;
}

/** The gap's sentence in `locale`, with what the partners wrote put in as they wrote it. */
export function elmGapText(gap: { key: ElmGapKey; value?: string }, locale: Locale): string {
  return ELM_GAP_TEXTS[locale][gap.key].replace('{value}', gap.value ?? '');
}
