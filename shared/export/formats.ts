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

export const FORMAT_INFO: Record<ExportFormat, { label: string; mime: string; ext: string }> = {
  docx: { label: 'Word (.docx)', mime: DOCX, ext: 'docx' },
  pdf: { label: 'PDF', mime: 'application/pdf', ext: 'pdf' },
  md: { label: 'Markdown', mime: 'text/markdown; charset=utf-8', ext: 'md' },
  html: { label: 'HTML', mime: HTML, ext: 'html' },
  elm: { label: 'Europass (ELM)', mime: 'application/ld+json', ext: 'jsonld' },
  'readiness-html': { label: 'Annex I readiness report', mime: HTML, ext: 'html' },
  'supplement-docx': { label: 'Credential supplement (Word)', mime: DOCX, ext: 'docx' },
  'supplement-pdf': { label: 'Credential supplement (PDF)', mime: 'application/pdf', ext: 'pdf' },
  'programme-html': { label: 'Programme page for websites', mime: HTML, ext: 'html' },
};

/** What the file name says after the dossier's or chapter's title. */
export const FORMAT_FILE_TITLE: Partial<Record<ExportFormat, string>> = {
  elm: 'europass-elm',
  'readiness-html': 'annex-i-readiness',
  'supplement-docx': 'credential-supplement',
  'supplement-pdf': 'credential-supplement',
  'programme-html': 'programme-page',
};
