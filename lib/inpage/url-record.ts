import type { DossierRecord } from '../record';

/**
 * A stand-in record carrying only the identity a record URL gives (Record ID, node ID or slug), so "is this
 * already saved?" can be asked before the page is fetched.
 */
export function identityRecordFromUrl(url: string): DossierRecord {
  const path = new URL(url).pathname.replace(/\/$/, '');
  const base: DossierRecord = { type: 'manuscript', title: url, URL: url, pageUrl: url };
  const numeric = /^\/document\/(\d+)$/.exec(path);
  if (numeric) return { ...base, recordId: numeric[1] };
  const node = /^\/node\/(\d+)$/.exec(path);
  if (node) return { ...base, nodeId: node[1] };
  const slug = /^\/document\/([^/]+)$/.exec(path);
  if (slug) return { ...base, slug: slug[1], canonicalUrl: url };
  return base;
}
