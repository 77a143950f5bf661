import { ARCHIVE_NAME, type DossierRecord } from '../record';
import { archiveParts } from './archive';
import { andList, close, italic, join, link, quoted, render, type Piece } from './build';
import { dateValue, mlaDate, mlaDay } from './dates';
import { displayName, invertedName } from './names';
import { formatPages, isRange } from './pages';
import type { Citation, CiteOptions } from './types';

/*
 * MLA Handbook, 9th edition, works-cited entry for an archival document read in a digital archive: the
 * original's own facts first (translators, date, pages), then where it is held and read — the archive and call
 * number, the Digital Archive as database in italics, the URL (MLA 2.133, 5.83):
 *   Author. “Title.” Translated by Translator, Date, pp. Pages. Archive, Call number, Wilson Center Digital
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
      pages ? [`${isRange(pages) ? 'pp.' : 'p.'} ${formatPages(pages, 'mla')}`] : undefined,
    ],
    ', ',
  );
  const second = join([name ? [name] : undefined, callNumber ? [callNumber] : undefined, [italic(ARCHIVE_NAME)], [link(r.URL)]], ', ');
  const a = authors(r);
  const sentences: Piece[][] = [
    a ? close([a], '.') : [],
    [quoted(r.title, '.')],
    close(first, '.'),
    close(second, '.'),
    !date && options.accessed ? [`Accessed ${mlaDay(options.accessed)}.`] : [],
  ];
  return render(join(sentences, ' '));
}
