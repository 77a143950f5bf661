import { ARCHIVE_ORIGIN } from '../record';

export interface OriginalUrl {
  /** The record URL on the Digital Archive itself. */
  url: string;
  /** Present when the page is an Internet Archive copy. */
  wayback?: { url: string; timestamp: string };
}

const RECORD_PATH = /^\/(?:document\/[^/?#]+|node\/\d+)\/?$/;
const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/(\d{4,14})[a-z_]*\/(.+)$/;

/**
 * Turns a URL into the record URL it stands for: a Digital Archive /document/… or /node/… address as it is, a
 * Wayback Machine copy back into the original address (keeping the copy's URL and timestamp). Undefined for
 * anything else.
 */
export function originalRecordUrl(href: string): OriginalUrl | undefined {
  const wb = WAYBACK.exec(href);
  let target = href;
  if (wb) {
    target = wb[2].replace(/^(https?):\/(?!\/)/, '$1://');
    if (!/^https?:\/\//.test(target)) target = `https://${target}`;
  }
  let u: URL;
  try {
    u = new URL(target);
  } catch {
    return undefined;
  }
  if (u.hostname !== 'digitalarchive.wilsoncenter.org' || !RECORD_PATH.test(u.pathname)) return undefined;
  const url = `${ARCHIVE_ORIGIN}${u.pathname.replace(/\/$/, '')}`;
  return wb ? { url, wayback: { url: href, timestamp: wb[1] } } : { url };
}

/** True for URLs that may be a record page (the DOM decides). */
export function looksLikeRecordUrl(href: string): boolean {
  return originalRecordUrl(href) !== undefined;
}
