import { PARTNER_IDENTIFIER_LABEL, PARTNER_TYPE_LABEL, type PartnerIdentifierType, type PartnerType } from '../../partnerKinds.ts';
import { STATUS_GUIDANCE, STATUS_LABEL, type ChapterStatus } from '../../discussion.ts';
import { ROLE_HINT, ROLE_LABEL, type Role } from '../../roles.ts';
import type { Locale } from '../locales.ts';

type Table<K extends string> = Record<Exclude<Locale, 'en'>, Record<K, string>>;

/** Chapter statuses: "approved" means each partner's own institutional bodies approved the text. */
export const STATUS_LABELS: Table<ChapterStatus> = {
  fr: {
    'not-started': 'Pas commencé',
    drafting: 'En rédaction',
    'in-review': 'En relecture',
    agreed: 'Validé',
    approved: 'Approuvé par les institutions',
  },
  de: {
    'not-started': 'Nicht begonnen',
    drafting: 'In Arbeit',
    'in-review': 'In Prüfung',
    agreed: 'Vereinbart',
    approved: 'Von den Institutionen genehmigt',
  },
  es: {
    'not-started': 'Sin empezar',
    drafting: 'En redacción',
    'in-review': 'En revisión',
    agreed: 'Acordado',
    approved: 'Aprobado por las instituciones',
  },
  nl: {
    'not-started': 'Niet begonnen',
    drafting: 'In concept',
    'in-review': 'In review',
    agreed: 'Overeengekomen',
    approved: 'Goedgekeurd door de instellingen',
  },
};

export const STATUS_HINTS: Table<ChapterStatus> = {
  fr: {
    'not-started': 'Personne n’a encore rédigé ce chapitre.',
    drafting: 'Le partenaire responsable rédige le texte.',
    'in-review': 'Le texte est prêt : chaque partenaire le relit et donne sa validation.',
    agreed: 'Les partenaires du consortium sont d’accord sur le texte.',
    approved:
      'Les instances de chaque partenaire (par exemple le conseil de faculté ou le jury d’examen) ont approuvé le texte. Seul le coordinateur choisit ce statut, une fois que chaque partenaire a validé le texte actuel.',
  },
  de: {
    'not-started': 'Noch niemand hat dieses Kapitel geschrieben.',
    drafting: 'Der federführende Partner schreibt den Text.',
    'in-review': 'Der Text ist fertig: Jeder Partner liest ihn und erteilt seine Freigabe.',
    agreed: 'Die Partner im Konsortium sind sich über den Text einig.',
    approved:
      'Die Gremien jedes Partners (zum Beispiel der Fakultätsrat oder der Prüfungsausschuss) haben den Text genehmigt. Nur die Koordination setzt diesen Status, sobald jeder Partner den aktuellen Text freigegeben hat.',
  },
  es: {
    'not-started': 'Nadie ha escrito todavía este capítulo.',
    drafting: 'El socio responsable está redactando el texto.',
    'in-review': 'El texto está listo: cada socio lo lee y da su visto bueno.',
    agreed: 'Los socios del consorcio están de acuerdo con el texto.',
    approved:
      'Los órganos de cada socio (por ejemplo, la junta de facultad o la comisión de evaluación) han aprobado el texto. Solo el coordinador fija este estado, cuando todos los socios han dado su visto bueno al texto actual.',
  },
  nl: {
    'not-started': 'Nog niemand heeft aan dit hoofdstuk geschreven.',
    drafting: 'De trekkende partner schrijft de tekst.',
    'in-review': 'De tekst is klaar: elke partner leest hem en geeft akkoord.',
    agreed: 'De partners in het consortium zijn het eens over de tekst.',
    approved:
      'De organen van elke partner (bijvoorbeeld de faculteitsraad of de examencommissie) hebben de tekst goedgekeurd. Alleen de coördinator kiest deze status, zodra elke partner akkoord heeft gegeven op de huidige tekst.',
  },
};

export const ROLE_LABELS: Table<Role> = {
  fr: { coordinator: 'Coordinateur', editor: 'Rédacteur', commenter: 'Commentateur', viewer: 'Lecteur' },
  de: { coordinator: 'Koordination', editor: 'Redaktion', commenter: 'Kommentierung', viewer: 'Nur lesen' },
  es: { coordinator: 'Coordinador', editor: 'Editor', commenter: 'Comentarista', viewer: 'Lector' },
  nl: { coordinator: 'Coördinator', editor: 'Redacteur', commenter: 'Commentator', viewer: 'Lezer' },
};

export const ROLE_HINTS: Table<Role> = {
  fr: {
    coordinator: 'Rédige le dossier et gère les partenaires, les personnes et les liens d’invitation.',
    editor: 'Rédige et modifie le dossier.',
    commenter: 'Lit le dossier, commente et valide les chapitres.',
    viewer: 'Lit le dossier.',
  },
  de: {
    coordinator: 'Schreibt das Dossier und verwaltet Partner, Personen und Einladungslinks.',
    editor: 'Schreibt und bearbeitet das Dossier.',
    commenter: 'Liest das Dossier, kommentiert und erteilt die Freigabe für Kapitel.',
    viewer: 'Liest das Dossier.',
  },
  es: {
    coordinator: 'Redacta el expediente y gestiona los socios, las personas y los enlaces de invitación.',
    editor: 'Redacta y edita el expediente.',
    commenter: 'Lee el expediente, comenta y da el visto bueno a los capítulos.',
    viewer: 'Lee el expediente.',
  },
  nl: {
    coordinator: 'Schrijft het dossier en beheert partners, personen en uitnodigingslinks.',
    editor: 'Schrijft en bewerkt het dossier.',
    commenter: 'Leest het dossier, geeft commentaar en geeft akkoord op hoofdstukken.',
    viewer: 'Leest het dossier.',
  },
};

export const PARTNER_TYPE_LABELS: Table<PartnerType> = {
  fr: {
    'degree-awarding': 'Université délivrant des diplômes',
    'non-awarding': 'Établissement ne délivrant pas de diplômes',
    employer: 'Employeur',
    'professional-body': 'Organisation professionnelle',
  },
  de: {
    'degree-awarding': 'Hochschule mit Promotions- und Verleihungsrecht',
    'non-awarding': 'Einrichtung ohne Verleihungsrecht',
    employer: 'Arbeitgeber',
    'professional-body': 'Berufsverband',
  },
  es: {
    'degree-awarding': 'Universidad que expide títulos',
    'non-awarding': 'Institución que no expide títulos',
    employer: 'Empleador',
    'professional-body': 'Colegio o asociación profesional',
  },
  nl: {
    'degree-awarding': 'Graadverlenende universiteit',
    'non-awarding': 'Niet-graadverlenende instelling',
    employer: 'Werkgever',
    'professional-body': 'Beroepsorganisatie',
  },
};

export const IDENTIFIER_LABELS: Table<PartnerIdentifierType> = {
  fr: { pic: 'PIC (code d’identification du participant de l’UE)', erasmus: 'Code Erasmus', national: 'Numéro d’enregistrement national' },
  de: { pic: 'PIC (EU-Teilnehmer-Identifikationscode)', erasmus: 'Erasmus-Code', national: 'Nationale Registrierungsnummer' },
  es: {
    pic: 'PIC (código de identificación de participante de la UE)',
    erasmus: 'Código Erasmus',
    national: 'Número de registro nacional',
  },
  nl: { pic: 'PIC (identificatiecode van EU-deelnemers)', erasmus: 'Erasmuscode', national: 'Nationaal registratienummer' },
};

const pick =
  <K extends string>(english: Record<K, string>, table: Table<K>) =>
  (key: K, locale: Locale) =>
    locale === 'en' ? english[key] : table[locale][key];

export const statusLabel = pick(STATUS_LABEL, STATUS_LABELS);
export const statusHint = pick(STATUS_GUIDANCE, STATUS_HINTS);
export const roleLabel = pick(ROLE_LABEL, ROLE_LABELS);
export const roleHint = pick(ROLE_HINT, ROLE_HINTS);
export const partnerTypeName = pick(PARTNER_TYPE_LABEL, PARTNER_TYPE_LABELS);
export const identifierLabel = pick(PARTNER_IDENTIFIER_LABEL, IDENTIFIER_LABELS);
