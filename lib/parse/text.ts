/**
 * Text normalization for page text: whitespace runs (including non-breaking and zero-width spaces) become one
 * space, ends are trimmed. Quotes and other characters are kept as the page has them.
 */
export function normalizeText(s: string | null | undefined): string {
  if (!s) return '';
  return s
    .replace(/[\u200B\u200C\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
    .trim();
}

/** Text content of an element, normalized; undefined when empty so absent fields stay absent. */
export function textOf(el: Element | null | undefined): string | undefined {
  const t = normalizeText(el?.textContent);
  return t === '' ? undefined : t;
}

/** Drops empty entries and duplicates, keeping order; undefined when nothing is left. */
export function nonEmptyList(items: Array<string | undefined>): string[] | undefined {
  const out: string[] = [];
  for (const item of items) if (item && !out.includes(item)) out.push(item);
  return out.length ? out : undefined;
}
