import { ARCHIVE_ORIGIN, type CslName, type DossierRecord } from '../record';
import { INFO_LABELS, PILL_LABELS, SELECTORS } from './selectors';
import { linesOf, nonEmptyList, normalizeText, textOf } from './text';
import { parseDisplayDate } from './date';
import { splitSource } from './source';
import { originalRecordUrl, resolveUrl } from './url';
import { nameFromCatalogue, nameFromProse } from './names';
import { hasRecordDom, isChallengePage } from './recognize';

export { recognizePage, type PageKind } from './recognize';

export type ParseResult =
  | { kind: 'record'; record: DossierRecord; warnings: string[] }
  | { kind: 'not-a-record'; reason: string; /** Record links on a listing page, when the reader counted them. */ links?: number };

/** Fields a citation needs; each missing one adds a warning. */
const REQUIRED: Array<[keyof DossierRecord, string]> = [
  ['dateText', 'No date found on the page.'],
  ['source', 'No Source line found on the page.'],
  ['rights', 'No rights statement found on the page.'],
  ['recordId', 'No Record ID found; the record will be kept under its page address.'],
];

/** Dates longer than this are not dates; they are kept as shown without trying to read them. */
const MAX_DATE_LENGTH = 120;

function infoBlocks(doc: Document): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const block of Array.from(doc.querySelectorAll(SELECTORS.infoBlock))) {
    const label = textOf(block.querySelector(SELECTORS.infoBlockTitle));
    const text = block.querySelector(SELECTORS.infoBlockText);
    if (label && text && !map.has(label)) map.set(label, text);
  }
  return map;
}

function pillBlocks(doc: Document): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const block of Array.from(doc.querySelectorAll(SELECTORS.pillBlock))) {
    const label = textOf(block.querySelector(SELECTORS.pillBlockTitle));
    if (!label || map.has(label)) continue;
    const names = nonEmptyList(Array.from(block.querySelectorAll(SELECTORS.pillName)).map((n) => textOf(n)));
    if (names) map.set(label, names);
  }
  return map;
}

function pillNames(el: Element | undefined): string[] | undefined {
  if (!el) return undefined;
  const pills = Array.from(el.querySelectorAll(SELECTORS.pillName)).map((n) => textOf(n));
  return nonEmptyList(pills.length ? pills : [textOf(el)]);
}

function paragraphs(el: Element | undefined): string[] | undefined {
  if (!el) return undefined;
  const ps = Array.from(el.querySelectorAll('p')).map((p) => textOf(p));
  return nonEmptyList(ps.length ? ps : [textOf(el)]);
}

/** "Mikoyan, Anastas Ivanovich" is a person; "Japan. Foreign Ministry" an organization. */
export function toCslName(name: string): CslName {
  return nameFromCatalogue(name);
}

function authorsOf(doc: Document): string[] | undefined {
  for (const heading of Array.from(doc.querySelectorAll(SELECTORS.authorHeading))) {
    if (!/^Author/i.test(textOf(heading) ?? '')) continue;
    const column = heading.parentElement;
    if (column) return nonEmptyList(Array.from(column.querySelectorAll(SELECTORS.authorPill)).map((n) => textOf(n)));
  }
  return undefined;
}

function nodeIdOf(doc: Document, pageUrl: string): string | undefined {
  const shortlink = resolveUrl(doc.querySelector(SELECTORS.shortlink)?.getAttribute('href'), pageUrl) ?? '';
  const fromLink = /\/node\/(\d+)\/?$/.exec(shortlink)?.[1];
  if (fromLink) return fromLink;
  try {
    const settings: unknown = JSON.parse(doc.querySelector(SELECTORS.drupalSettings)?.textContent ?? '{}');
    const path = (settings as { path?: { currentPath?: unknown } } | null)?.path?.currentPath;
    const fromSettings = typeof path === 'string' ? /^node\/(\d+)$/.exec(path)?.[1] : undefined;
    if (fromSettings) return fromSettings;
  } catch {
    // Broken settings JSON only costs us this fallback.
  }
  return /\/node\/(\d+)$/.exec(originalRecordUrl(pageUrl)?.url ?? '')?.[1];
}

function set<K extends keyof DossierRecord>(r: DossierRecord, key: K, value: DossierRecord[K] | undefined) {
  if (value !== undefined) r[key] = value;
}

/**
 * Reads a Digital Archive record page. Never throws: a page with missing parts yields what it has plus a
 * warning per missing required field; a page that is not a record says why.
 */
/**
 * Longest text kept in one field. Real summaries are a few hundred characters; a page with megabytes in a
 * field is broken or hostile, and the record must still be savable (the store takes up to 200,000).
 */
export const FIELD_LIMIT = 100_000;

function capLongFields(obj: Record<string, unknown> | unknown[], path: string, warnings: string[]): void {
  for (const [k, v] of Object.entries(obj)) {
    const at = path ? `${path}.${k}` : k;
    if (typeof v === 'string' && v.length > FIELD_LIMIT) {
      (obj as Record<string, unknown>)[k] = `${v.slice(0, FIELD_LIMIT)}…`;
      warnings.push(`The ${at} field was ${v.length.toLocaleString('en-US')} characters long; the first ${FIELD_LIMIT.toLocaleString('en-US')} were kept.`);
    } else if (v && typeof v === 'object') capLongFields(v as Record<string, unknown>, at, warnings);
  }
}

export function parseRecordPage(doc: Document, url: string): ParseResult {
  try {
    return parseUnsafe(doc, url);
  } catch (e) {
    return { kind: 'not-a-record', reason: `The page could not be read (${String(e).slice(0, 200)}).` };
  }
}

function parseUnsafe(doc: Document, url: string): ParseResult {
  if (isChallengePage(doc)) {
    return { kind: 'not-a-record', reason: 'This is a Cloudflare check page, not the record; reload once it has passed.' };
  }
  const title = textOf(doc.querySelector(SELECTORS.title));
  if (!title) return { kind: 'not-a-record', reason: 'No record title on this page.' };
  if (!hasRecordDom(doc)) return { kind: 'not-a-record', reason: 'This page has a title but no record information.' };

  const original = originalRecordUrl(url);
  const warnings: string[] = [];
  const pageUrl = original?.url ?? url;
  const info = infoBlocks(doc);
  const canonicalUrl = resolveUrl(doc.querySelector(SELECTORS.canonical)?.getAttribute('href'), url);
  const recordId = (() => {
    const t = textOf(info.get(INFO_LABELS.recordId));
    return t && /^\d{1,12}$/.test(t) ? t : undefined;
  })();
  const citationLink = resolveUrl(doc.querySelector(SELECTORS.citationUrl)?.textContent, url);
  const stableUrl = recordId ? `${ARCHIVE_ORIGIN}/document/${recordId}` : (citationLink ?? canonicalUrl ?? pageUrl);

  const record: DossierRecord = { type: 'manuscript', title, URL: stableUrl, pageUrl };
  const dateText = textOf(doc.querySelector(SELECTORS.date));
  set(record, 'dateText', dateText);
  const issued = dateText && dateText.length <= MAX_DATE_LENGTH ? parseDisplayDate(dateText) : undefined;
  if (dateText && !issued) warnings.push('The date was kept as shown; its parts were not understood.');
  set(record, 'issued', issued ?? (dateText ? { literal: dateText } : undefined));

  const authors = authorsOf(doc);
  set(record, 'author', authors?.map(nameFromCatalogue));
  set(record, 'abstract', textOf(doc.querySelector(SELECTORS.summary)));
  const genres = linesOf(info.get(INFO_LABELS.type));
  set(record, 'genres', genres);
  set(record, 'genre', genres?.join(', '));
  const languages = pillNames(info.get(INFO_LABELS.language));
  set(record, 'languages', languages);
  set(record, 'language', languages?.join(', '));
  set(record, 'classification', textOf(info.get(INFO_LABELS.classification)));
  const archives = pillNames(info.get(INFO_LABELS.archive));
  set(record, 'originalArchives', archives);

  const sourceText = textOf(info.get(INFO_LABELS.source));
  if (sourceText) {
    const split = splitSource(sourceText, archives);
    record.source = split.source;
    if (split.warning) warnings.push(split.warning);
    set(record, 'archive_location', split.source.reference);
    set(record, 'page', split.source.pages);
    set(record, 'translator', split.source.translatedBy?.map(nameFromProse));
  }
  set(record, 'archive', archives?.[0] ?? record.source?.archive?.name);

  const uploaded = textOf(info.get(INFO_LABELS.uploaded));
  set(record, 'uploadedDate', uploaded && /^\d{4}-\d{2}-\d{2}$/.test(uploaded) ? uploaded : undefined);
  set(record, 'recordId', recordId);
  set(record, 'nodeId', nodeIdOf(doc, url));
  const slugUrl = canonicalUrl ?? pageUrl;
  set(record, 'slug', /\/document\/([a-z0-9-]*[a-z][a-z0-9-]*)\/?$/.exec(slugUrl)?.[1]);
  set(record, 'canonicalUrl', canonicalUrl);

  const pills = pillBlocks(doc);
  set(record, 'peopleAndOrganizations', pills.get(PILL_LABELS.people));
  set(record, 'places', pills.get(PILL_LABELS.places));
  set(record, 'topics', pills.get(PILL_LABELS.topics));
  set(record, 'subjects', pills.get(PILL_LABELS.subjects));
  set(record, 'donors', splitDonors(textOf(info.get(INFO_LABELS.donors))));
  const donated = textOf(doc.querySelector(SELECTORS.donated));
  set(record, 'funders', splitDonors(donated?.replace(/^This document was made possible with support from\s*/i, '')));
  set(record, 'rights', paragraphs(info.get(INFO_LABELS.rights)));
  set(record, 'scanUrl', resolveUrl(doc.querySelector(SELECTORS.scan)?.getAttribute('data'), url));
  set(record, 'downloadUrl', resolveUrl(doc.querySelector(SELECTORS.download)?.getAttribute('href'), url));
  set(record, 'tabs', tabsOf(doc));
  const citation = doc.querySelector(SELECTORS.citationText);
  if (citation) {
    // The citation block also holds the URL and a copy button; only its own text nodes are the citation.
    const own = Array.from(citation.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent ?? '')
      .join(' ');
    set(record, 'siteCitation', normalizeText(own) || undefined);
  }
  if (original?.wayback) record.wayback = original.wayback;

  for (const [key, message] of REQUIRED) if (record[key] === undefined) warnings.push(message);
  capLongFields(record as unknown as Record<string, unknown>, '', warnings);
  return { kind: 'record', record, warnings };
}

/** "MacArthur Foundation and Leon Levy Foundation"; an ampersand stays inside a name ("Chun & Jane Chiu …"). */
function splitDonors(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  return nonEmptyList(text.split(/\s*(?:,\s*and\s+|\s+and\s+|,\s*)\s*/).map((s) => normalizeText(s)));
}

function tabsOf(doc: Document): DossierRecord['tabs'] {
  const tabs: NonNullable<DossierRecord['tabs']> = [];
  for (const pane of Array.from(doc.querySelectorAll(SELECTORS.tabPane))) {
    const id = pane.id;
    const kind = id === 'translation' || id === 'transcript' || id === 'original' ? id : undefined;
    if (kind && !tabs.includes(kind)) tabs.push(kind);
  }
  return tabs.length ? tabs : undefined;
}
