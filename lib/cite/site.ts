import { ARCHIVE_NAME, type DossierRecord } from '../record';
import { join, link, render } from './build';
import type { Citation, CiteOptions } from './types';

/**
 * The Digital Archive's own citation format:
 * "TITLE", DATE, Wilson Center Digital Archive, SOURCE  followed by the stable record URL.
 * The date is the page's own text, as the site prints it.
 */
export function formatSiteCitation(r: DossierRecord, _options: CiteOptions = {}): Citation {
  const parts = [r.dateText ?? 'n.d.', ARCHIVE_NAME];
  if (r.source?.text) parts.push(r.source.text);
  return render(join([[`"${r.title}", ${parts.join(', ')}`], [link(r.URL)]], ' '));
}
