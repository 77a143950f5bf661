import type { DossierRecord } from '../record';

const INNER_TITLE = /[\u2018'\u201c"]([^\u2018\u2019'\u201c\u201d"]{3,})[\u2019'\u201d"]\s*$/;

/**
 * The title a short note uses (CMOS 13.32 wants the key words of the title). Digital Archive titles are a
 * description of the document followed by the document's own title in quotes — "Cable from …, ‘On the Meeting
 * between Imre Nagy and Ambassador Hao Deqing’" — so the quoted title, without parenthetical asides, is the
 * key part. Titles without one are used whole: cutting words by rule would drop the wrong ones.
 */
export function shortTitle(r: Pick<DossierRecord, 'title'>): string {
  const inner = INNER_TITLE.exec(r.title)?.[1];
  if (!inner) return r.title;
  const trimmed = inner.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return trimmed || inner.trim();
}
