/** Export formats, kept apart from the exporters so the browser can list them without loading any. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ExportFormat, { label: string; mime: string }> = {
  docx: { label: 'Word (.docx)', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { label: 'PDF', mime: 'application/pdf' },
  md: { label: 'Markdown', mime: 'text/markdown; charset=utf-8' },
  html: { label: 'HTML', mime: 'text/html; charset=utf-8' },
};
