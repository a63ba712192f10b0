/** Export formats, kept apart from the exporters so the browser can list them without loading any. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'html'] as const;

/**
 * The programme described for the outside world, from the structured blocks and partner records
 * (whole dossier only): the ELM description for Europass, the Annex I readiness report, the
 * credential supplement and the public programme page.
 */
export const PROGRAMME_FORMATS = ['elm', 'readiness-html', 'supplement-docx', 'supplement-pdf', 'programme-html'] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number] | ProgrammeFormat;
export const ALL_EXPORT_FORMATS: readonly ExportFormat[] = [...EXPORT_FORMATS, ...PROGRAMME_FORMATS];

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const HTML = 'text/html; charset=utf-8';

/** What each format is served as. Its name in the Export menu is in the interface's catalogues (`export.format.*`). */
export const FORMAT_INFO: Record<ExportFormat, { mime: string; ext: string }> = {
  docx: { mime: DOCX, ext: 'docx' },
  pdf: { mime: 'application/pdf', ext: 'pdf' },
  md: { mime: 'text/markdown; charset=utf-8', ext: 'md' },
  html: { mime: HTML, ext: 'html' },
  elm: { mime: 'application/ld+json', ext: 'jsonld' },
  'readiness-html': { mime: HTML, ext: 'html' },
  'supplement-docx': { mime: DOCX, ext: 'docx' },
  'supplement-pdf': { mime: 'application/pdf', ext: 'pdf' },
  'programme-html': { mime: HTML, ext: 'html' },
};

/** What the file name says after the dossier's or chapter's title. */
export const FORMAT_FILE_TITLE: Partial<Record<ExportFormat, string>> = {
  elm: 'europass-elm',
  'readiness-html': 'annex-i-readiness',
  'supplement-docx': 'credential-supplement',
  'supplement-pdf': 'credential-supplement',
  'programme-html': 'programme-page',
};
