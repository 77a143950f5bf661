import { ARCHIVE_NAME, type CslName, type DossierRecord } from '../record';
import { archiveName } from '../cite/archive';
import { accessedFor, issuedParts, pad2, type ExportOptions } from './types';

/** RIS lines end in CRLF (RIS specification); values are one line each. */
const EOL = '\r\n';

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

function risName(n: CslName): string {
  return n.literal ?? [n.family, n.given].filter(Boolean).join(', ');
}

/** "1956/11/02/", "1967/11//", "1956///": RIS date fields keep the slots of missing parts. */
function risDate(p: number[]): string {
  return `${p[0]}/${p[1] ? pad2(p[1]) : ''}/${p[2] ? pad2(p[2]) : ''}/`;
}

/**
 * Tag → value(s), in the order written. Follows Zotero's RIS reading of a manuscript, the main consumer: DB the
 * archive, AN the archive location, A4 translators, DP the database provider (the Digital Archive).
 */
function tags(r: DossierRecord, options: ExportOptions): Array<[string, string | string[] | undefined]> {
  const p = issuedParts(r);
  const accessed = accessedFor(r, options);
  const pages = r.page ? /^\s*(\S+?)\s*[-\u2013]\s*(\S+)\s*$/.exec(r.page) : null;
  const notes = [
    r.source?.text && `Source: ${r.source.text}`,
    r.rights?.length && `Rights: ${r.rights.join(' ')}`,
  ].filter((x): x is string => !!x);
  return [
    ['TI', r.title],
    ['AU', r.author?.map(risName)],
    ['A4', r.translator?.map(risName)],
    // PY before DA: readers that keep the last date they see (astrocite) then keep the full one.
    ['PY', p ? String(p[0]) : undefined],
    ['DA', p ? risDate(p) : undefined],
    ['M3', r.genre],
    ['LA', r.language],
    ['DB', archiveName(r)],
    ['AN', r.archive_location],
    ['SP', pages ? pages[1] : r.page],
    ['EP', pages ? pages[2] : undefined],
    ['DP', ARCHIVE_NAME],
    ['UR', r.URL],
    ['Y2', accessed ? risDate([accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]) : undefined],
    ['AB', r.abstract],
    ['KW', [...(r.topics ?? []), ...(r.subjects ?? [])]],
    ['N1', notes],
  ];
}

export function toRis(r: DossierRecord, options: ExportOptions = {}): string {
  const lines = ['TY  - MANSCPT'];
  for (const [tag, value] of tags(r, options)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (v) lines.push(`${tag}  - ${oneLine(v)}`);
    }
  }
  lines.push('ER  - ');
  return lines.join(EOL) + EOL;
}

export function exportRis(records: DossierRecord[], options: ExportOptions = {}): string {
  return records.map((r) => toRis(r, options)).join(EOL);
}
