import { ARCHIVE_ORIGIN } from '../record';

/** A Digital Archive record address waiting to be captured. */
export interface CaptureTarget {
  /** Normalized: https, no query, fragment or trailing slash. */
  url: string;
  kind: 'document-id' | 'document-slug' | 'node';
  /** The Record ID, slug or node ID from the path. */
  id: string;
  /** The identity (as in recordIdentities) this address finds a saved record by. */
  identity: string;
}

export interface QueuedCapture extends CaptureTarget {
  addedAt: string;
}

export interface RejectedLine {
  /** 1-based line number in the pasted text or file. */
  line: number;
  text: string;
  reason: string;
}

const HOST = 'digitalarchive.wilsoncenter.org';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks one address; a string is the reason it was rejected. */
export function normalizeArchiveUrl(input: string): CaptureTarget | string {
  let s = input.trim().replace(/^<(.*)>$/, '$1');
  if (/^(www\.)?digitalarchive\.wilsoncenter\.org(\/|$)/i.test(s)) s = `https://${s}`;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return 'not a web address';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'not a web address';
  const host = u.hostname.replace(/^www\./, '');
  if (host !== HOST) return `not on ${HOST}`;
  const path = u.pathname.replace(/\/+$/, '');
  const doc = /^\/document\/([^/]+)$/.exec(path);
  const node = /^\/node\/([^/]+)$/.exec(path);
  if (node) {
    if (!/^\d+$/.test(node[1])) return 'a /node/ address needs a number';
    return { url: `${ARCHIVE_ORIGIN}/node/${node[1]}`, kind: 'node', id: node[1], identity: `nid:${node[1]}` };
  }
  if (doc) {
    let seg: string;
    try {
      seg = decodeURIComponent(doc[1]).toLowerCase();
    } catch {
      return 'damaged address';
    }
    if (/^\d+$/.test(seg)) {
      return { url: `${ARCHIVE_ORIGIN}/document/${seg}`, kind: 'document-id', id: seg, identity: `rid:${seg}` };
    }
    if (SLUG.test(seg)) {
      return { url: `${ARCHIVE_ORIGIN}/document/${seg}`, kind: 'document-slug', id: seg, identity: `slug:${seg}` };
    }
    return 'not a record address (the part after /document/ is not a Record ID or slug)';
  }
  return 'not a record address (expected /document/… or /node/…)';
}

/**
 * Reads a plain list of addresses, one a line. Blank lines and lines starting with # are skipped; every
 * other line is either accepted (normalized, duplicates within the list dropped) or reported with its reason.
 */
export function parseUrlList(text: string): { targets: CaptureTarget[]; rejected: RejectedLine[]; duplicates: number } {
  const targets: CaptureTarget[] = [];
  const rejected: RejectedLine[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const t = normalizeArchiveUrl(line);
    if (typeof t === 'string') rejected.push({ line: i + 1, text: line.slice(0, 300), reason: t });
    else if (seen.has(t.url)) duplicates++;
    else {
      seen.add(t.url);
      targets.push(t);
    }
  });
  return { targets, rejected, duplicates };
}
