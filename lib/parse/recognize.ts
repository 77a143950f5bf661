import { SEL_CHALLENGE, SEL_DATE, SEL_INFO_BLOCK, SEL_RECORD_LINK, SEL_TITLE } from './selectors';
import { textOf } from './text';
import { originalRecordUrl, resolveUrl } from './url';

export type PageKind =
  | { kind: 'record' }
  | { kind: 'listing'; links: string[] }
  | { kind: 'other'; reason: string };

const CHALLENGE_TITLE = /^(?:Just a moment|Attention Required|Verify you are human|Checking your browser|One more step)/i;

/** Why a page is not read: shared by the recognizer and the record reader. */
export const CHALLENGE_REASON = 'This is a Cloudflare check page, not the record; reload once it has passed.';
export const unreadable = (e: unknown) => `The page could not be read (${String(e).slice(0, 200)}).`;

/** A Cloudflare interstitial stands in for the page the reader asked for; it is never the record itself. */
export function isChallengePage(doc: Document): boolean {
  if (doc.querySelector(SEL_TITLE)) return false;
  const title = textOf(doc.querySelector('title')) ?? '';
  return CHALLENGE_TITLE.test(title) || doc.querySelector(SEL_CHALLENGE) !== null;
}

/** The DOM of a record page: a record title plus a date or the Document Information section. */
export function hasRecordDom(doc: Document): boolean {
  if (!textOf(doc.querySelector(SEL_TITLE))) return false;
  return doc.querySelector(SEL_DATE) !== null || doc.querySelector(SEL_INFO_BLOCK) !== null;
}

/**
 * The distinct record addresses a page links to, as original Digital Archive URLs (Wayback-rewritten links are
 * turned back), excluding the page itself.
 */
export function recordLinks(doc: Document, url: string): string[] {
  const self = originalRecordUrl(url)?.url;
  const out = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll(SEL_RECORD_LINK))) {
    const abs = resolveUrl(a.getAttribute('href'), url);
    const rec = abs ? originalRecordUrl(abs) : undefined;
    if (rec && rec.url !== self) out.add(rec.url);
  }
  return [...out];
}

/**
 * Tells a record page from a page that lists records (search results, topic, person, place and collection
 * pages) and from anything else. The DOM decides; the URL is only used to resolve links.
 */
export function recognizePage(doc: Document, url: string): PageKind {
  try {
    if (isChallengePage(doc)) {
      return { kind: 'other', reason: CHALLENGE_REASON };
    }
    if (hasRecordDom(doc)) return { kind: 'record' };
    const links = recordLinks(doc, url);
    if (links.length) return { kind: 'listing', links };
    return { kind: 'other', reason: 'This page neither shows a record nor links to any.' };
  } catch (e) {
    return { kind: 'other', reason: unreadable(e) };
  }
}
