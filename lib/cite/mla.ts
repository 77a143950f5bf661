import { ARCHIVE_NAME, type DossierRecord } from '../record';
import { archiveParts } from './archive';
import { andList, close, italic, join, link, quoted, render, type Piece } from './build';
import { dateValue, mlaDate, mlaDay } from './dates';
import { displayName, invertedName } from './names';
import { formatPages, isRange } from './pages';
import type { Citation, CiteOptions } from './types';

/*
 * MLA Handbook, 9th edition, works-cited entry for an archival document read in a digital archive: the
 * original is the first container (its translators, date and archival location), the Digital Archive the
 * second (its name in italics and the URL):
 *   Author. “Title.” Translated by Translator, Date, Archive, Call number, pp. Pages. Wilson Center Digital
 *   Archive, URL.
 * No author: the title leads. No date: nothing in its place, and "Accessed …" at the end (MLA 5.111).
 */

/** MLA 5.6–5.7: one author inverted; two as "A, and B"; three or more give the first and "et al.". */
function authors(r: DossierRecord): string {
  const a = r.author ?? [];
  if (a.length === 0) return '';
  if (a.length === 1) return invertedName(a[0]);
  if (a.length === 2) return `${invertedName(a[0])}, and ${displayName(a[1])}`;
  return `${invertedName(a[0])}, et al.`;
}

export function formatMla(r: DossierRecord, options: CiteOptions = {}): Citation {
  const date = mlaDate(dateValue(r));
  const trans = andList((r.translator ?? []).map(displayName));
  const { name, callNumber, pages } = archiveParts(r);
  const first = join(
    [
      trans ? [`Translated by ${trans}`] : undefined,
      date ? [date] : undefined,
      name ? [name] : undefined,
      callNumber ? [callNumber] : undefined,
      pages ? [`${isRange(pages) ? 'pp.' : 'p.'} ${formatPages(pages, 'mla')}`] : undefined,
    ],
    ', ',
  );
  const a = authors(r);
  const sentences: Piece[][] = [
    a ? close([a], '.') : [],
    [quoted(r.title, '.')],
    close(first, '.'),
    close([italic(ARCHIVE_NAME), ', ', link(r.URL)], '.'),
    !date && options.accessed ? [`Accessed ${mlaDay(options.accessed)}.`] : [],
  ];
  return render(join(sentences, ' '));
}
