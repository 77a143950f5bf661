import { ARCHIVE_ORIGIN } from '../record';

export interface OriginalUrl {
  /** The record URL on the Digital Archive itself. */
  url: string;
  /** Present when the page is an Internet Archive copy. */
  wayback?: { url: string; timestamp: string };
}

const RECORD_PATH = /^\/(?:document\/[^/?#.]+|node\/\d+)\/?$/;
const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/(\d{4,14})[a-z_]*\/(.+)$/;
const DA_HOST = 'digitalarchive.wilsoncenter.org';

/**
 * Resolves `href` against `base` and, when it is a Wayback Machine address (the Wayback Machine rewrites every
 * link in an archived copy), turns it back into the address it archived. Undefined for anything that is not
 * an http(s) URL.
 */
export function resolveUrl(href: string | null | undefined, base: string = ARCHIVE_ORIGIN): string | undefined {
  if (!href) return undefined;
  const h = href.trim();
  // In a Wayback copy, links the Wayback Machine did not rewrite are relative to the archived page, not to
  // web.archive.org.
  const wbBase = WAYBACK.exec(base);
  const effectiveBase = wbBase && !/^\/web\//.test(h) ? (resolveUrl(base) ?? base) : base;
  let u: URL;
  try {
    u = new URL(h, effectiveBase);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const wb = WAYBACK.exec(u.href);
  if (!wb) return u.href;
  let target = wb[2].replace(/^(https?):\/(?!\/)/, '$1://');
  if (!/^https?:\/\//.test(target)) target = `https://${target}`;
  try {
    const t = new URL(target);
    return t.protocol === 'https:' || t.protocol === 'http:' ? t.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns a URL into the record URL it stands for: a Digital Archive /document/… or /node/… address as it is, a
 * Wayback Machine copy back into the original address (keeping the copy's URL and timestamp). Undefined for
 * anything else.
 */
export function originalRecordUrl(href: string): OriginalUrl | undefined {
  const wb = WAYBACK.exec(href);
  const target = resolveUrl(href);
  if (!target) return undefined;
  const u = new URL(target);
  if (u.hostname !== DA_HOST || !RECORD_PATH.test(u.pathname)) return undefined;
  const url = `${ARCHIVE_ORIGIN}${u.pathname.replace(/\/$/, '')}`;
  return wb ? { url, wayback: { url: href, timestamp: wb[1] } } : { url };
}

/** True for URLs that may be a record page (the DOM decides). */
export function looksLikeRecordUrl(href: string): boolean {
  return originalRecordUrl(href) !== undefined;
}

/** True for any page of the Digital Archive, directly or as a Wayback copy. */
export function isArchiveUrl(href: string): boolean {
  const target = resolveUrl(href);
  if (!target) return false;
  return new URL(target).hostname === DA_HOST;
}
