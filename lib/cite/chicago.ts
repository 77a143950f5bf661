import { ARCHIVE_NAME, type DossierRecord } from '../record';
import { archiveParts } from './archive';
import { andList, close, join, link, quoted, render, type Piece } from './build';
import { chicagoDate, chicagoDay, dateValue } from './dates';
import { displayName, familyName, invertedName } from './names';
import { formatPages } from './pages';
import { shortTitle } from './short-title';
import type { Citation, CiteOptions } from './types';

/*
 * Chicago Manual of Style, 18th edition, notes and bibliography, for a digitized archival document
 * (CMOS 14.119–27 manuscript collections, 14.104 documents consulted online):
 *   note: Author, “Title,” trans. Translator, Date, Call number, Pages, Archive, Wilson Center Digital Archive, URL.
 *   short note: Author, “Short Title.”
 *   bibliography: Author. “Title.” Translated by Translator. Date. Call number, Pages, Archive. Wilson Center
 *   Digital Archive. URL.
 * No author: the title leads (never "Anonymous", CMOS 13.81). No date: "n.d.", and then an access date, which
 * Chicago otherwise does not want (CMOS 14.15).
 */

/** CMOS 18 13.78: one or two authors in a note; three or more give the first and "et al.". */
function noteAuthors(r: DossierRecord): string {
  const a = r.author ?? [];
  if (a.length >= 3) return `${displayName(a[0])} et al.`;
  return andList(a.map(displayName));
}

/** CMOS 13.76: up to six in the bibliography, first inverted; seven or more give three and "et al.". */
function bibAuthors(r: DossierRecord): string {
  const a = r.author ?? [];
  const names = a.length >= 7 ? a.slice(0, 3) : a;
  const shown = names.map((n, k) => (k === 0 ? invertedName(n) : displayName(n)));
  if (a.length >= 7) return `${shown.join(', ')}, et al.`;
  return andList(shown);
}

function shortAuthors(r: DossierRecord): string {
  const a = r.author ?? [];
  if (a.length >= 3) return `${familyName(a[0])} et al.`;
  return andList(a.map(familyName));
}

function translators(r: DossierRecord): string {
  return andList((r.translator ?? []).map(displayName));
}

function location(r: DossierRecord): string[] {
  const { callNumber, pages, name } = archiveParts(r);
  return [callNumber, pages && formatPages(pages, 'chicago'), name].filter((s): s is string => !!s);
}

export function formatChicagoNote(r: DossierRecord, options: CiteOptions = {}): Citation {
  const date = chicagoDate(dateValue(r));
  const authors = noteAuthors(r);
  const trans = translators(r);
  const head: Piece[] = authors ? [`${authors}, `] : [];
  const rest = join(
    [
      trans ? [`trans. ${trans}`] : undefined,
      [date ?? 'n.d.'],
      location(r).length ? [location(r).join(', ')] : undefined,
      [ARCHIVE_NAME],
      !date && options.accessed ? [`accessed ${chicagoDay(options.accessed)}`] : undefined,
      [link(r.URL)],
    ],
    ', ',
  );
  return render([...head, quoted(r.title, ','), ' ', ...close(rest, '.')]);
}

export function formatChicagoShortNote(r: DossierRecord, _options: CiteOptions = {}): Citation {
  const authors = shortAuthors(r);
  return render([authors ? `${authors}, ` : '', quoted(shortTitle(r), '.')]);
}

export function formatChicagoBibliography(r: DossierRecord, options: CiteOptions = {}): Citation {
  const date = chicagoDate(dateValue(r));
  const authors = bibAuthors(r);
  const trans = translators(r);
  const loc = location(r);
  const sentences: Piece[][] = [
    authors ? close([authors], '.') : [],
    [quoted(r.title, '.')],
    trans ? close([`Translated by ${trans}`], '.') : [],
    close([date ?? 'n.d.'], '.'),
    loc.length ? close([loc.join(', ')], '.') : [],
    [`${ARCHIVE_NAME}.`],
    !date && options.accessed ? [`Accessed ${chicagoDay(options.accessed)}.`] : [],
    close([link(r.URL)], '.'),
  ];
  return render(join(sentences, ' '));
}
