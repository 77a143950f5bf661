import type { DossierRecord } from '../record';
import { exportBibtex } from '../export/bibtex';
import { exportCslJson } from '../export/csl-json';
import { exportCsv } from '../export/csv';
import { exportRis } from '../export/ris';
import type { ExportOptions } from '../export/types';
import { formatApa } from './apa';
import { formatChicagoBibliography, formatChicagoNote, formatChicagoShortNote } from './chicago';
import { formatMla } from './mla';
import { formatSiteCitation } from './site';
import type { Citation, CiteOptions } from './types';

export type CitationStyleId = 'chicago-note' | 'chicago-short' | 'chicago-bib' | 'mla' | 'apa' | 'site';

export interface CitationStyle {
  id: CitationStyleId;
  label: string;
  format(record: DossierRecord, options?: CiteOptions): Citation;
}

/** The styles the popup offers, in the order it lists them. */
export const CITATION_STYLES: CitationStyle[] = [
  { id: 'chicago-note', label: 'Chicago (18th ed.) note', format: formatChicagoNote },
  { id: 'chicago-short', label: 'Chicago (18th ed.) short note', format: formatChicagoShortNote },
  { id: 'chicago-bib', label: 'Chicago (18th ed.) bibliography', format: formatChicagoBibliography },
  { id: 'mla', label: 'MLA (9th ed.)', format: formatMla },
  { id: 'apa', label: 'APA (7th ed.)', format: formatApa },
  { id: 'site', label: 'Wilson Center Digital Archive', format: formatSiteCitation },
];

export function citationStyle(id: CitationStyleId): CitationStyle {
  const s = CITATION_STYLES.find((x) => x.id === id);
  if (!s) throw new Error(`Unknown citation style: ${id}`);
  return s;
}

export type ExportFormatId = 'bibtex' | 'ris' | 'csl-json' | 'csv';

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** File extension without the dot. */
  extension: string;
  mimeType: string;
  export(records: DossierRecord[], options?: ExportOptions): string;
}

export const EXPORT_FORMATS: ExportFormat[] = [
  { id: 'bibtex', label: 'BibTeX / biblatex', extension: 'bib', mimeType: 'application/x-bibtex', export: exportBibtex },
  { id: 'ris', label: 'RIS (Zotero, EndNote, Mendeley)', extension: 'ris', mimeType: 'application/x-research-info-systems', export: exportRis },
  { id: 'csl-json', label: 'CSL-JSON', extension: 'json', mimeType: 'application/vnd.citationstyles.csl+json', export: exportCslJson },
  { id: 'csv', label: 'CSV (spreadsheet)', extension: 'csv', mimeType: 'text/csv', export: exportCsv },
];

export function exportFormat(id: ExportFormatId): ExportFormat {
  const f = EXPORT_FORMATS.find((x) => x.id === id);
  if (!f) throw new Error(`Unknown export format: ${id}`);
  return f;
}
