/**
 * Text normalization for page text: whitespace runs (including non-breaking and zero-width spaces) become one
 * space, ends are trimmed. Quotes and other characters are kept as the page has them.
 *
 * Two things are removed because they are never part of an archive's wording and would do harm downstream:
 * bidirectional control marks (invisible, and they reorder text when a field is pasted into a citation) and
 * anything shaped like a markup tag (record fields end up in HTML exports and clipboard HTML).
 */
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const TAG = /<\/?[A-Za-z!?][^<>]*>/g;
const TAG_START = /<(?=[A-Za-z/!?])/g;

export function normalizeText(s: string | null | undefined): string {
  if (!s) return '';
  return s
    .replace(INVISIBLE, '')
    .replace(TAG, ' ')
    .replace(TAG_START, '‹')
    .replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
    .trim();
}

/** Text content of an element, normalized; undefined when empty so absent fields stay absent. */
export function textOf(el: Element | null | undefined): string | undefined {
  const t = normalizeText(el?.textContent);
  return t === '' ? undefined : t;
}

/** The element's text split at line breaks in the markup, each line normalized ("Book Excerpt\n Meeting Notes"). */
export function linesOf(el: Element | null | undefined): string[] | undefined {
  const raw = el?.textContent;
  if (!raw) return undefined;
  return nonEmptyList(raw.split(/[\r\n]+/).map((line) => normalizeText(line)));
}

/** Drops empty entries and duplicates, keeping order; undefined when nothing is left. */
export function nonEmptyList(items: Array<string | undefined>): string[] | undefined {
  const out: string[] = [];
  for (const item of items) if (item && !out.includes(item)) out.push(item);
  return out.length ? out : undefined;
}
