import { escapeHtml, type Citation } from './types';

/** A piece of a citation: plain, italic, or a link. Kept as data so text and html come from one description. */
export interface Run {
  t: string;
  i?: boolean;
  href?: string;
}

export type Piece = string | Run;

export const italic = (t: string): Run => ({ t, i: true });
/** A URL, linked in html only when it is http(s): a record's URL is page data, and page data is never script. */
export const link = (url: string): Run => ({ t: url, href: url });

function textOfPiece(p: Piece): string {
  return typeof p === 'string' ? p : p.t;
}

/** Joins the non-empty pieces of each group with a delimiter; empty groups vanish with their delimiters. */
export function join(groups: Array<Piece[] | undefined | false>, delimiter: string): Piece[] {
  const out: Piece[] = [];
  for (const g of groups) {
    if (!g || !g.some((p) => textOfPiece(p) !== '')) continue;
    if (out.length) out.push(delimiter);
    out.push(...g);
  }
  return out;
}

function lastChar(pieces: Piece[]): string {
  for (let k = pieces.length - 1; k >= 0; k--) {
    const t = textOfPiece(pieces[k]);
    if (t) return t[t.length - 1];
  }
  return '';
}

/**
 * Closes a sentence-like unit with `punct` unless it already ends in terminal punctuation — "Gwenyth A. Jones."
 * must not become "Jones..", and a title ending in "?" keeps its own mark (CMOS 6.123).
 */
export function close(pieces: Piece[], punct: '.' | ','): Piece[] {
  if (!pieces.length) return pieces;
  const last = lastChar(pieces);
  if (last === '.' || last === '?' || last === '!') return pieces;
  return [...pieces, punct];
}

export function render(pieces: Piece[]): Citation {
  let text = '';
  let html = '';
  for (const p of pieces) {
    if (typeof p === 'string') {
      text += p;
      html += escapeHtml(p);
    } else if (p.href && /^https?:\/\//i.test(p.href)) {
      text += p.t;
      html += `<a href="${escapeHtml(p.href)}">${escapeHtml(p.t)}</a>`;
    } else {
      text += p.t;
      html += p.i ? `<i>${escapeHtml(p.t)}</i>` : escapeHtml(p.t);
    }
  }
  return { text, html: html.replace(/<\/i><i>/g, '') };
}

/**
 * Typographer's quotes for values shown inside our own curly quotes: straight quotes that open a quotation
 * become ‘ “, closing ones and apostrophes become ’ ”. Text that is already curly is left alone.
 */
export function smartQuotes(s: string): string {
  return s
    .replace(/(^|[\s([{\u2014\u2013-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/(^|[\s([{\u2014\u2013-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d');
}

/**
 * For a title set in italics rather than quotes: its quoted inner title moves up a level, ‘…’ → “…”, as a quotation
 * inside a title does once the title itself is not in quotation marks (APA 6.7; citeproc's flip-flop does the same).
 * Apostrophes (’ followed by a letter) stay.
 */
export function promoteInnerQuotes(s: string): string {
  return smartQuotes(s).replace(/\u2018([^\u2018\u2019]*)\u2019(?![A-Za-z])/g, '\u201c$1\u201d');
}

const CLOSING_QUOTES = /[\u2019\u201d]+$/;

/**
 * A title in double quotes with the following comma or period moved inside, as American usage wants (CMOS 6.9):
 * the mark goes inside every closing quote, so a title ending in a quoted title gives “… ‘Hao Deqing,’”. A title
 * ending in ? or ! keeps that mark instead.
 */
export function quoted(title: string, punct: '' | ',' | '.' = ''): string {
  // A quotation inside our double quotes takes single ones (CMOS 6.11).
  const s = smartQuotes(title).replace(/\u201c([^\u201c\u201d]*)\u201d/g, '\u2018$1\u2019');
  const tail = CLOSING_QUOTES.exec(s)?.[0] ?? '';
  const body = s.slice(0, s.length - tail.length);
  const mark = punct && /[?!.]$/.test(body) ? '' : punct;
  return `\u201c${body}${mark}${tail}\u201d`;
}

/** "A", "A and B", "A, B, and C" (serial comma, as Chicago, MLA and APA all use). */
export function andList(items: string[], and = 'and'): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} ${and} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${and} ${items[items.length - 1]}`;
}
