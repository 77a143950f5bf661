import { ARCHIVE_NAME, type CslDate, type DossierRecord } from '../record';
import { archiveName } from '../cite/archive';
import { shortTitle } from '../cite/short-title';
import { accessedFor, type ExportOptions } from './types';

/** A CSL-JSON item as the CSL data schema defines it (the subset we write). */
export interface CslItem {
  id: string;
  type: 'manuscript';
  title: string;
  'title-short'?: string;
  author?: DossierRecord['author'];
  translator?: DossierRecord['translator'];
  issued?: CslDate;
  accessed?: CslDate;
  genre?: string;
  language?: string;
  archive?: string;
  archive_location?: string;
  page?: string;
  source: string;
  URL: string;
  abstract?: string;
  note?: string;
}

/** The record's id in exports: its Record ID when known (the site's stable identity), else its node or slug. */
export function exportId(r: DossierRecord): string {
  if (r.recordId) return `wcda-${r.recordId}`;
  if (r.nodeId) return `wcda-node-${r.nodeId}`;
  return `wcda-${r.slug ?? r.URL.replace(/^https?:\/\//, '').replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * One record as CSL-JSON. The Source sentence goes to `note`, never to `archive_location` (which holds only the
 * call number), so CSL processors do not print the "Obtained by … translated by …" sentence inside a note.
 */
export function toCslItem(r: DossierRecord, options: ExportOptions = {}): CslItem {
  const item: CslItem = { id: exportId(r), type: 'manuscript', title: r.title, source: ARCHIVE_NAME, URL: r.URL };
  const short = shortTitle(r);
  if (short !== r.title) item['title-short'] = short;
  if (r.author?.length) item.author = r.author.map((n) => ({ ...n }));
  if (r.translator?.length) item.translator = r.translator.map((n) => ({ ...n }));
  if (r.issued) item.issued = JSON.parse(JSON.stringify(r.issued)) as CslDate;
  else if (r.dateText) item.issued = { literal: r.dateText };
  const accessed = accessedFor(r, options);
  if (accessed) {
    item.accessed = { 'date-parts': [[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]] };
  }
  if (r.genre) item.genre = r.genre;
  if (r.language) item.language = r.language;
  const archive = archiveName(r);
  if (archive) item.archive = archive;
  if (r.archive_location) item.archive_location = r.archive_location;
  if (r.page) item.page = r.page;
  if (r.abstract) item.abstract = r.abstract;
  if (r.source?.text) item.note = `Source: ${r.source.text}`;
  return item;
}

export function exportCslJson(records: DossierRecord[], options: ExportOptions = {}): string {
  return `${JSON.stringify(records.map((r) => toCslItem(r, options)), null, 2)}\n`;
}
