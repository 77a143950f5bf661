import { SELECTORS } from './selectors';
import { textOf } from './text';
import { originalRecordUrl, resolveUrl } from './url';

export type PageKind =
  | { kind: 'record' }
  | { kind: 'listing'; links: string[] }
  | { kind: 'other'; reason: string };

const CHALLENGE_TITLE = /^(?:Just a moment|Attention Required|Verify you are human|Checking your browser|One more step)/i;

/** A Cloudflare interstitial stands in for the page the reader asked for; it is never the record itself. */
export function isChallengePage(doc: Document): boolean {
  if (doc.querySelector(SELECTORS.title)) return false;
  const title = textOf(doc.querySelector('title')) ?? '';
  return CHALLENGE_TITLE.test(title) || doc.querySelector(SELECTORS.challenge) !== null;
}

/** The DOM of a record page: a record title plus a date or the Document Information section. */
export function hasRecordDom(doc: Document): boolean {
  if (!textOf(doc.querySelector(SELECTORS.title))) return false;
  return doc.querySelector(SELECTORS.date) !== null || doc.querySelector(SELECTORS.infoBlock) !== null;
}

/**
 * The distinct record addresses a page links to, as original Digital Archive URLs (Wayback-rewritten links are
 * turned back), excluding the page itself.
 */
export function recordLinks(doc: Document, url: string): string[] {
  const self = originalRecordUrl(url)?.url;
  const out = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll(SELECTORS.recordLink))) {
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
      return { kind: 'other', reason: 'This is a Cloudflare check page, not the record; reload once it has passed.' };
    }
    if (hasRecordDom(doc)) return { kind: 'record' };
    const links = recordLinks(doc, url);
    if (links.length) return { kind: 'listing', links };
    return { kind: 'other', reason: 'This page neither shows a record nor links to any.' };
  } catch (e) {
    return { kind: 'other', reason: `The page could not be read (${String(e).slice(0, 200)}).` };
  }
}
