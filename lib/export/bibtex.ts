import { ARCHIVE_NAME, type CslName, type DossierRecord } from '../record';
import { archiveName, archiveParts } from '../cite/archive';
import { accessedFor, isoDay, isoParts, issuedParts, type ExportOptions } from './types';

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** LaTeX specials escaped; everything else, Unicode included, kept as is (biber and modern BibTeX read UTF-8). */
export function latexEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) => LATEX_SPECIALS[c]);
}

/** URLs are verbatim fields in biblatex: only braces, which would end the field, are encoded. */
function urlValue(u: string): string {
  return u.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

/** "Family, Given"; organizations in braces so BibTeX never splits "Japan. Foreign Ministry" into a person. */
function bibName(n: CslName): string {
  if (n.literal) return `{${latexEscape(n.literal)}}`;
  return [n.family, n.given].filter(Boolean).map((p) => latexEscape(p!)).join(', ');
}

const names = (ns: CslName[]) => ns.map(bibName).join(' and ');

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** ASCII citation key: first author's family name (or first title word), year, and the Record ID. */
export function citationKey(r: DossierRecord): string {
  const first = r.author?.[0];
  const word = (first ? (first.family ?? first.literal ?? first.given ?? '') : r.title.replace(/^(A|An|The)\s+/i, ''))
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9\s]/g, '')
    .trim()
    .split(/\s+/)[0]
    ?.toLowerCase();
  const year = issuedParts(r)?.[0];
  const id = r.recordId ?? r.nodeId;
  return [word || 'wcda', year, id].filter((x) => x !== undefined && x !== '').join('_');
}

function library(r: DossierRecord): string | undefined {
  const { name, callNumber } = archiveParts(r);
  return [name, callNumber].filter(Boolean).join(', ') || undefined;
}

/** Field name → value, in the order written. Absent values are skipped; a data table so the mapping reads at a glance. */
function fields(r: DossierRecord, options: ExportOptions): Array<[string, string | undefined, 'text' | 'raw']> {
  const p = issuedParts(r);
  const accessed = accessedFor(r, options);
  const keywords = [...(r.topics ?? []), ...(r.subjects ?? [])];
  return [
    ['author', r.author?.length ? names(r.author) : undefined, 'raw'],
    // Double braces keep the title's capitals: BibTeX styles lower-case titles they are allowed to.
    ['title', `{${latexEscape(r.title)}}`, 'raw'],
    ['translator', r.translator?.length ? names(r.translator) : undefined, 'raw'],
    ['date', p ? isoParts(p) : r.issued?.literal ?? r.dateText, 'text'],
    ['year', p ? String(p[0]) : undefined, 'text'],
    ['month', p?.[1] ? MONTH_MACROS[p[1] - 1] : undefined, 'raw'],
    ['type', r.genre, 'text'],
    ['language', r.language, 'text'],
    ['howpublished', ARCHIVE_NAME, 'text'],
    ['archive', archiveName(r), 'text'],
    ['callnumber', r.archive_location, 'text'],
    // biblatex's own field for "a library name and a call number", which some styles print.
    ['library', library(r), 'text'],
    ['pages', r.page?.replace(/\s*[-\u2013]\s*/g, '--'), 'text'],
    ['url', urlValue(r.URL), 'raw'],
    ['urldate', accessed ? isoDay(accessed) : undefined, 'text'],
    ['abstract', r.abstract, 'text'],
    // A keyword with a comma of its own ("Reform and Opening in China, 1978-") is braced so it stays one keyword.
    ['keywords', keywords.length ? keywords.map((k) => (k.includes(',') ? `{${latexEscape(k)}}` : latexEscape(k))).join(', ') : undefined, 'raw'],
    ['note', r.source?.text ? `Source: ${r.source.text}` : undefined, 'text'],
    ['addendum', r.rights?.length ? r.rights.join(' ') : undefined, 'text'],
  ];
}

/** One biblatex `@misc` entry; readable by BibTeX too (unknown fields are ignored there, `year`/`month` kept). */
export function toBibtex(r: DossierRecord, options: ExportOptions = {}, key = citationKey(r)): string {
  const lines = fields(r, options)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([name, v, kind]) => {
      if (name === 'month') return `  ${name} = ${v},`;
      return `  ${name} = {${kind === 'raw' ? v : latexEscape(v!)}},`;
    });
  return `@misc{${key},\n${lines.join('\n')}\n}\n`;
}

/** Many records; keys made unique with a, b, c … suffixes. */
export function exportBibtex(records: DossierRecord[], options: ExportOptions = {}): string {
  const seen = new Map<string, number>();
  return records
    .map((r) => {
      const base = citationKey(r);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return toBibtex(r, options, n ? `${base}${String.fromCharCode(96 + n)}` : base);
    })
    .join('\n');
}
