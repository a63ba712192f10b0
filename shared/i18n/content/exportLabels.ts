import type { DecisionState } from '../../decisions.ts';
import type { Locale } from '../locales.ts';

/**
 * The fixed words of every export (Markdown, HTML, DOCX, PDF), in the consortium's document language.
 * `{name}` marks a value; `fillLabel` puts it in. The dossier's own text is never translated.
 */
export interface ExportLabels {
  dossierTitle: string;
  contents: string;
  /** Footer of every page after the cover: `{page}` and `{pages}`. */
  pageOf: string;
  /** Cover line: `{revision}` and `{date}`. */
  version: string;
  reference: string;
  /** Short form after the version line: "ref 1a2b3c4d". */
  ref: string;
  partners: string;
  partnerInstitutions: string;
  status: string;
  lead: string;
  due: string;
  signatures: string;
  signature: string;
  date: string;
  name: string;
  role: string;
  signedOnBehalf: string;
  signOff: string;
  partner: string;
  signedBy: string;
  signed: string;
  changedSince: string;
  notSigned: string;
  commentsAppendix: string;
  noComments: string;
  decisions: string;
  decision: string;
  state: string;
  decided: string;
  owner: string;
  overdue: string;
  /** The PDF of one chapter: `{number}`. */
  chapterOfDossier: string;
  /** Document properties: `{revision}`, `{reference}`. */
  exportedFrom: string;
  noContent: string;
  openComments: string;
  signatory: string;
  current: string;
  /** Column of the sign-off table: the partner's approval by its senate, board… */
  approval: string;
  decisionStates: Record<DecisionState, string>;
}

export const EXPORT_LABELS: Record<Locale, ExportLabels> = {
  en: {
    dossierTitle: 'Programme dossier',
    contents: 'Contents',
    pageOf: 'Page {page} of {pages}',
    version: 'Version {revision} · {date}',
    reference: 'Reference',
    ref: 'ref',
    partners: 'Partners',
    partnerInstitutions: 'Partner institutions',
    status: 'Status',
    lead: 'Lead',
    due: 'Due',
    signatures: 'Signatures',
    signature: 'Signature',
    date: 'Date',
    name: 'Name',
    role: 'Role',
    signedOnBehalf: 'Signed on behalf of each partner institution by its authorised signatory.',
    signOff: 'Sign-off',
    partner: 'Partner',
    signedBy: 'Signed by',
    signed: 'signed',
    changedSince: 'text changed since',
    notSigned: 'not signed',
    commentsAppendix: 'Appendix: open comments',
    noComments: 'There are no open comments.',
    decisions: 'Decisions',
    decision: 'Decision',
    state: 'State',
    decided: 'What was decided',
    owner: 'Owner',
    overdue: 'overdue',
    chapterOfDossier: 'Chapter {number} of the programme dossier',
    exportedFrom: 'Exported from Jointly, version {revision} (reference {reference})',
    noContent: 'No content yet.',
    openComments: 'Open comments',
    signatory: 'Signatory',
    current: 'Current',
    approval: 'Institutional approval',
    decisionStates: { open: 'Open', proposed: 'Proposed', agreed: 'Agreed', deferred: 'Deferred' },
  },
  fr: {
    dossierTitle: 'Dossier du programme',
    contents: 'Table des matières',
    pageOf: 'Page {page} sur {pages}',
    version: 'Version {revision} · {date}',
    reference: 'Référence',
    ref: 'réf.',
    partners: 'Partenaires',
    partnerInstitutions: 'Établissements partenaires',
    status: 'Statut',
    lead: 'Responsable',
    due: 'Échéance',
    signatures: 'Signatures',
    signature: 'Signature',
    date: 'Date',
    name: 'Nom',
    role: 'Fonction',
    signedOnBehalf: 'Signé au nom de chaque établissement partenaire par son signataire habilité.',
    signOff: 'Validation',
    partner: 'Partenaire',
    signedBy: 'Validé par',
    signed: 'validé',
    changedSince: 'texte modifié depuis',
    notSigned: 'non validé',
    commentsAppendix: 'Annexe : commentaires ouverts',
    noComments: 'Il n’y a aucun commentaire ouvert.',
    decisions: 'Décisions',
    decision: 'Décision',
    state: 'État',
    decided: 'Ce qui a été décidé',
    owner: 'Responsable',
    overdue: 'en retard',
    chapterOfDossier: 'Chapitre {number} du dossier du programme',
    exportedFrom: 'Exporté depuis Jointly, version {revision} (référence {reference})',
    noContent: 'Pas encore de contenu.',
    openComments: 'Commentaires ouverts',
    signatory: 'Signataire',
    current: 'À jour',
    approval: 'Approbation institutionnelle',
    decisionStates: { open: 'Ouverte', proposed: 'Proposée', agreed: 'Validée', deferred: 'Reportée' },
  },
  de: {
    dossierTitle: 'Programmdossier',
    contents: 'Inhaltsverzeichnis',
    pageOf: 'Seite {page} von {pages}',
    version: 'Version {revision} · {date}',
    reference: 'Referenz',
    ref: 'Ref.',
    partners: 'Partner',
    partnerInstitutions: 'Partnerinstitutionen',
    status: 'Status',
    lead: 'Federführung',
    due: 'Fällig',
    signatures: 'Unterschriften',
    signature: 'Unterschrift',
    date: 'Datum',
    name: 'Name',
    role: 'Funktion',
    signedOnBehalf: 'Unterzeichnet für jede Partnerinstitution von ihrer zeichnungsberechtigten Person.',
    signOff: 'Freigabe',
    partner: 'Partner',
    signedBy: 'Freigegeben von',
    signed: 'freigegeben',
    changedSince: 'Text seitdem geändert',
    notSigned: 'nicht freigegeben',
    commentsAppendix: 'Anhang: offene Kommentare',
    noComments: 'Es gibt keine offenen Kommentare.',
    decisions: 'Entscheidungen',
    decision: 'Entscheidung',
    state: 'Stand',
    decided: 'Was entschieden wurde',
    owner: 'Verantwortlich',
    overdue: 'überfällig',
    chapterOfDossier: 'Kapitel {number} des Programmdossiers',
    exportedFrom: 'Aus Jointly exportiert, Version {revision} (Referenz {reference})',
    noContent: 'Noch kein Inhalt.',
    openComments: 'Offene Kommentare',
    signatory: 'Unterzeichnende Person',
    current: 'Aktuell',
    approval: 'Institutionelle Genehmigung',
    decisionStates: { open: 'Offen', proposed: 'Vorgeschlagen', agreed: 'Vereinbart', deferred: 'Zurückgestellt' },
  },
  es: {
    dossierTitle: 'Expediente del programa',
    contents: 'Índice',
    pageOf: 'Página {page} de {pages}',
    version: 'Versión {revision} · {date}',
    reference: 'Referencia',
    ref: 'ref.',
    partners: 'Socios',
    partnerInstitutions: 'Instituciones socias',
    status: 'Estado',
    lead: 'Responsable',
    due: 'Fecha límite',
    signatures: 'Firmas',
    signature: 'Firma',
    date: 'Fecha',
    name: 'Nombre',
    role: 'Cargo',
    signedOnBehalf: 'Firmado en nombre de cada institución socia por su firmante autorizado.',
    signOff: 'Visto bueno',
    partner: 'Socio',
    signedBy: 'Dado por',
    signed: 'dado',
    changedSince: 'texto modificado desde entonces',
    notSigned: 'pendiente',
    commentsAppendix: 'Anexo: comentarios abiertos',
    noComments: 'No hay comentarios abiertos.',
    decisions: 'Decisiones',
    decision: 'Decisión',
    state: 'Estado',
    decided: 'Lo que se decidió',
    owner: 'Responsable',
    overdue: 'vencida',
    chapterOfDossier: 'Capítulo {number} del expediente del programa',
    exportedFrom: 'Exportado desde Jointly, versión {revision} (referencia {reference})',
    noContent: 'Todavía sin contenido.',
    openComments: 'Comentarios abiertos',
    signatory: 'Firmante',
    current: 'Vigente',
    approval: 'Aprobación institucional',
    decisionStates: { open: 'Abierta', proposed: 'Propuesta', agreed: 'Acordada', deferred: 'Aplazada' },
  },
  nl: {
    dossierTitle: 'Programmadossier',
    contents: 'Inhoudsopgave',
    pageOf: 'Pagina {page} van {pages}',
    version: 'Versie {revision} · {date}',
    reference: 'Referentie',
    ref: 'ref.',
    partners: 'Partners',
    partnerInstitutions: 'Partnerinstellingen',
    status: 'Status',
    lead: 'Trekker',
    due: 'Deadline',
    signatures: 'Handtekeningen',
    signature: 'Handtekening',
    date: 'Datum',
    name: 'Naam',
    role: 'Functie',
    signedOnBehalf: 'Namens elke partnerinstelling ondertekend door haar bevoegde ondertekenaar.',
    signOff: 'Akkoord',
    partner: 'Partner',
    signedBy: 'Akkoord gegeven door',
    signed: 'akkoord',
    changedSince: 'tekst sindsdien gewijzigd',
    notSigned: 'geen akkoord',
    commentsAppendix: 'Bijlage: open opmerkingen',
    noComments: 'Er zijn geen open opmerkingen.',
    decisions: 'Besluiten',
    decision: 'Besluit',
    state: 'Stand',
    decided: 'Wat is besloten',
    owner: 'Eigenaar',
    overdue: 'te laat',
    chapterOfDossier: 'Hoofdstuk {number} van het programmadossier',
    exportedFrom: 'Geëxporteerd uit Jointly, versie {revision} (referentie {reference})',
    noContent: 'Nog geen inhoud.',
    openComments: 'Open opmerkingen',
    signatory: 'Ondertekenaar',
    current: 'Actueel',
    approval: 'Institutionele goedkeuring',
    decisionStates: { open: 'Open', proposed: 'Voorgesteld', agreed: 'Overeengekomen', deferred: 'Uitgesteld' },
  },
};

export function exportLabels(locale: Locale): ExportLabels {
  return EXPORT_LABELS[locale];
}

/** `fillLabel('Page {page} of {pages}', { page: 1, pages: 3 })` → "Page 1 of 3". */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A date as the document language writes it ("2 December 2026", "2 décembre 2026"). */
export function formatDateIn(iso: string, locale: Locale): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
