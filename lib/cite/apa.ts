import { ARCHIVE_NAME, type DossierRecord } from '../record';
import { archiveParts } from './archive';
import { andList, close, italic, join, link, promoteInnerQuotes, render, type Piece } from './build';
import { apaDate, dateValue } from './dates';
import { apaName, apaNameDirect } from './names';
import { formatPages, isRange } from './pages';
import type { Citation, CiteOptions } from './types';

/*
 * APA Publication Manual, 7th edition, reference for an archival document (APA 10.8 unpublished works,
 * 9.30 archives and databases):
 *   Author, A. A. (Year, Month Day). *Title* (A. Translator, Trans.) [Type]. Archive (Call number, pp. Pages).
 *   *Wilson Center Digital Archive*. URL
 * No author: the title moves to the author position (APA 9.12), followed by the date. No date: (n.d.). APA wants
 * no retrieval date for archival documents, which do not change (APA 9.16). No period after the URL (9.35).
 * Titles keep the site's capitalization: turning them into sentence case by rule would lower-case proper names.
 */

/** APA 9.8: up to 20 authors, "&" before the last; 21 or more give 19, an ellipsis and the last. */
function authors(r: DossierRecord): string {
  const a = (r.author ?? []).map(apaName);
  if (a.length === 0) return '';
  if (a.length === 1) return a[0];
  if (a.length > 20) return `${a.slice(0, 19).join(', ')}, . . . ${a[a.length - 1]}`;
  return `${a.slice(0, -1).join(', ')}, & ${a[a.length - 1]}`;
}

export function formatApa(r: DossierRecord, _options: CiteOptions = {}): Citation {
  const date = `(${apaDate(dateValue(r)) ?? 'n.d.'}).`;
  const trans = andList((r.translator ?? []).map(apaNameDirect), '&');
  const title: Piece[] = join(
    [
      [italic(promoteInnerQuotes(r.title))],
      trans ? [`(${trans}, Trans.)`] : undefined,
      r.genre ? [`[${r.genre}]`] : undefined,
    ],
    ' ',
  );
  const { name, callNumber, pages } = archiveParts(r);
  const inParens = [callNumber, pages && `${isRange(pages) ? 'pp.' : 'p.'} ${formatPages(pages, 'expanded')}`]
    .filter(Boolean)
    .join(', ');
  const archive: Piece[] = name
    ? [inParens ? `${name} (${inParens})` : name]
    : inParens
      ? [inParens]
      : [];
  const a = authors(r);
  const sentences: Piece[][] = a
    ? [close([a], '.'), [date], close(title, '.')]
    : [close(title, '.'), [date]];
  sentences.push(close(archive, '.'), [italic(ARCHIVE_NAME), '.'], [link(r.URL)]);
  return render(join(sentences, ' '));
}
