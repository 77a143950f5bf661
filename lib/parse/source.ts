import type { SourceLine } from '../record';
import { ARCHIVES } from './archives';

export interface SourceSplit {
  source: SourceLine;
  /** Set when the line was kept verbatim because we could not split it with confidence. */
  warning?: string;
}

function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:,\s*and\s+|\band\s+|,\s*|&\s*)/)
    .map((n) => n.trim().replace(/[.;]+$/, ''))
    .filter(Boolean);
}

/**
 * Splits a Source line such as
 * "PRC FMA 109-01041-01, 97-101. Obtained by Péter Vámos and translated by Péter Vámos and Gwenyth A. Jones."
 * into archive, reference, pages, obtained-by and translated-by. The verbatim text is always kept; a line that
 * does not match a known shape gets a warning instead of a guessed split.
 */
export function splitSource(text: string): SourceSplit {
  const source: SourceLine = { text };
  const m =
    /^([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*?) ([0-9][0-9A-Za-z./-]*(?:-[0-9A-Za-z]+)*)(?:, (?:pp?\. ?)?([0-9]+(?:\s*[-–]\s*[0-9]+)?))?\.(?:\s+(.*))?$/.exec(
      text,
    );
  const abbreviation = m?.[1];
  const known = abbreviation !== undefined && abbreviation in ARCHIVES;
  if (!m || !known) {
    return { source, warning: 'The Source line has an unfamiliar shape; kept as written.' };
  }
  const name = ARCHIVES[abbreviation!];
  source.archive = name ? { abbreviation: abbreviation!, name } : { abbreviation: abbreviation! };
  source.reference = m[2];
  if (m[3]) source.pages = m[3].replace(/\s+/g, '');
  const rest = m[4] ?? '';
  const obtained = /(?:^|\b)[Oo]btained by (.+?)(?: and translated by | and | ?\.|$)/.exec(rest);
  const translated = /[Tt]ranslated by (.+?)\.?$/.exec(rest);
  if (obtained) source.obtainedBy = splitNames(obtained[1]);
  if (translated) source.translatedBy = splitNames(translated[1]);
  return { source };
}
