import { ARCHIVE_NAME, type DossierRecord } from '../record';
import { escapeHtml, type Citation } from './types';

/**
 * The Digital Archive's own citation format:
 * "TITLE", DATE, Wilson Center Digital Archive, SOURCE  followed by the stable record URL.
 */
export function formatSiteCitation(r: DossierRecord): Citation {
  const parts = [r.dateText ?? 'n.d.', ARCHIVE_NAME];
  if (r.source?.text) parts.push(r.source.text);
  const tail = parts.join(', ');
  return {
    text: `"${r.title}", ${tail} ${r.URL}`,
    html: `"${escapeHtml(r.title)}", ${escapeHtml(tail)} <a href="${escapeHtml(r.URL)}">${escapeHtml(r.URL)}</a>`,
  };
}
