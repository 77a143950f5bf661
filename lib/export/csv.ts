import { type CslName, type DossierRecord } from '../record';
import { archiveName } from '../cite/archive';
import { displayName } from '../cite/names';
import { accessedFor, isoDay, isoParts, issuedParts, type ExportOptions } from './types';

const names = (ns: CslName[] | undefined) => ns?.map(displayName).join('; ');
const list = (xs: string[] | undefined) => xs?.join('; ');

/** Column header → value; one row per record. */
export const CSV_COLUMNS: Array<[string, (r: DossierRecord, o: ExportOptions) => string | undefined]> = [
  ['Title', (r) => r.title],
  ['Date', (r) => r.dateText],
  ['Date (ISO)', (r) => {
    const p = issuedParts(r);
    return p && isoParts(p);
  }],
  ['Authors', (r) => names(r.author)],
  ['Translators', (r) => names(r.translator)],
  ['Type', (r) => r.genre],
  ['Language', (r) => r.language],
  ['Archive', (r) => archiveName(r)],
  ['Call number', (r) => r.archive_location],
  ['Pages', (r) => r.page],
  ['Source', (r) => r.source?.text],
  ['URL', (r) => r.URL],
  ['Record ID', (r) => r.recordId],
  ['Summary', (r) => r.abstract],
  ['People & organizations', (r) => list(r.peopleAndOrganizations)],
  ['Places', (r) => list(r.places)],
  ['Topics', (r) => list(r.topics)],
  ['Subjects', (r) => list(r.subjects)],
  ['Classification', (r) => r.classification],
  ['Rights', (r) => r.rights?.join(' ')],
  ['Accessed', (r, o) => {
    const a = accessedFor(r, o);
    return a && isoDay(a);
  }],
];

/**
 * A spreadsheet cell. Cells a spreadsheet would run as a formula (starting with = + - @, or tab/CR which some
 * read the same way) get a leading apostrophe (OWASP CSV injection); quotes, commas and newlines are quoted.
 */
export function csvCell(value: string | undefined): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

/** RFC 4180 CSV with CRLF rows and a byte-order mark, so Excel opens the UTF-8 correctly. */
export function exportCsv(records: DossierRecord[], options: ExportOptions = {}): string {
  const rows = [CSV_COLUMNS.map(([h]) => csvCell(h)).join(',')];
  for (const r of records) rows.push(CSV_COLUMNS.map(([, get]) => csvCell(get(r, options))).join(','));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
