import { ARCHIVE_ORIGIN, type CslName, type DossierRecord } from '../record';
import { INFO_ARCHIVE, INFO_CLASSIFICATION, INFO_DONORS, INFO_LANGUAGE, INFO_RECORD_ID, INFO_RIGHTS, INFO_SOURCE, INFO_TYPE, INFO_UPLOADED, PILL_PEOPLE, PILL_PLACES, PILL_SUBJECTS, PILL_TOPICS, SEL_AUTHOR_HEADING, SEL_AUTHOR_PILL, SEL_CANONICAL, SEL_CITATION_TEXT, SEL_CITATION_URL, SEL_DATE, SEL_DONATED, SEL_DOWNLOAD, SEL_DRUPAL_SETTINGS, SEL_INFO_BLOCK, SEL_INFO_BLOCK_TEXT, SEL_INFO_BLOCK_TITLE, SEL_PILL_BLOCK, SEL_PILL_BLOCK_TITLE, SEL_PILL_NAME, SEL_SCAN, SEL_SHORTLINK, SEL_SUMMARY, SEL_TAB_PANE, SEL_TITLE } from './selectors';
import { linesOf, nonEmptyList, normalizeText, textOf } from './text';
import { parseDisplayDate } from './date';
import { splitSource } from './source';
import { originalRecordUrl, resolveUrl } from './url';
import { nameFromCatalogue, nameFromProse } from './names';
import { CHALLENGE_REASON, hasRecordDom, isChallengePage, unreadable } from './recognize';

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
  for (const block of Array.from(doc.querySelectorAll(SEL_INFO_BLOCK))) {
    const label = textOf(block.querySelector(SEL_INFO_BLOCK_TITLE));
    const text = block.querySelector(SEL_INFO_BLOCK_TEXT);
    if (label && text && !map.has(label)) map.set(label, text);
  }
  return map;
}

function pillBlocks(doc: Document): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const block of Array.from(doc.querySelectorAll(SEL_PILL_BLOCK))) {
    const label = textOf(block.querySelector(SEL_PILL_BLOCK_TITLE));
    if (!label || map.has(label)) continue;
    const names = nonEmptyList(Array.from(block.querySelectorAll(SEL_PILL_NAME)).map((n) => textOf(n)));
    if (names) map.set(label, names);
  }
  return map;
}

function pillNames(el: Element | undefined): string[] | undefined {
  if (!el) return undefined;
  const pills = Array.from(el.querySelectorAll(SEL_PILL_NAME)).map((n) => textOf(n));
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
  for (const heading of Array.from(doc.querySelectorAll(SEL_AUTHOR_HEADING))) {
    if (!/^Author/i.test(textOf(heading) ?? '')) continue;
    const column = heading.parentElement;
    if (column) return nonEmptyList(Array.from(column.querySelectorAll(SEL_AUTHOR_PILL)).map((n) => textOf(n)));
  }
  return undefined;
}

function nodeIdOf(doc: Document, pageUrl: string): string | undefined {
  const shortlink = resolveUrl(doc.querySelector(SEL_SHORTLINK)?.getAttribute('href'), pageUrl) ?? '';
  const fromLink = /\/node\/(\d+)\/?$/.exec(shortlink)?.[1];
  if (fromLink) return fromLink;
  try {
    const settings: unknown = JSON.parse(doc.querySelector(SEL_DRUPAL_SETTINGS)?.textContent ?? '{}');
    const path = (settings as { path?: { currentPath?: unknown } } | null)?.path?.currentPath;
    const fromSettings = typeof path === 'string' ? /^node\/(\d+)$/.exec(path)?.[1] : undefined;
    if (fromSettings) return fromSettings;
  } catch {
    // Broken settings JSON only costs us this fallback.
  }
  return /\/node\/(\d+)$/.exec(originalRecordUrl(pageUrl)?.url ?? '')?.[1];
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
    return { kind: 'not-a-record', reason: unreadable(e) };
  }
}

function parseUnsafe(doc: Document, url: string): ParseResult {
  if (isChallengePage(doc)) {
    return { kind: 'not-a-record', reason: CHALLENGE_REASON };
  }
  const title = textOf(doc.querySelector(SEL_TITLE));
  if (!title) return { kind: 'not-a-record', reason: 'No record title on this page.' };
  if (!hasRecordDom(doc)) return { kind: 'not-a-record', reason: 'This page has a title but no record information.' };

  const original = originalRecordUrl(url);
  const warnings: string[] = [];
  const pageUrl = original?.url ?? url;
  const info = infoBlocks(doc);
  const canonicalUrl = resolveUrl(doc.querySelector(SEL_CANONICAL)?.getAttribute('href'), url);
  const recordId = (() => {
    const t = textOf(info.get(INFO_RECORD_ID));
    return t && /^\d{1,12}$/.test(t) ? t : undefined;
  })();
  const citationLink = resolveUrl(doc.querySelector(SEL_CITATION_URL)?.textContent, url);
  const stableUrl = recordId ? `${ARCHIVE_ORIGIN}/document/${recordId}` : (citationLink ?? canonicalUrl ?? pageUrl);

  const dateText = textOf(doc.querySelector(SEL_DATE));
  const issued = dateText && dateText.length <= MAX_DATE_LENGTH ? parseDisplayDate(dateText) : undefined;
  if (dateText && !issued) warnings.push('The date was kept as shown; its parts were not understood.');
  const genres = linesOf(info.get(INFO_TYPE));
  const languages = pillNames(info.get(INFO_LANGUAGE));
  const archives = pillNames(info.get(INFO_ARCHIVE));
  const sourceText = textOf(info.get(INFO_SOURCE));
  const split = sourceText ? splitSource(sourceText, archives) : undefined;
  if (split?.warning) warnings.push(split.warning);
  const source = split?.source;
  const uploaded = textOf(info.get(INFO_UPLOADED));
  const pills = pillBlocks(doc);
  const citation = doc.querySelector(SEL_CITATION_TEXT);
  // The citation block also holds the URL and a copy button; only its own text nodes are the citation.
  const siteCitation = citation
    ? normalizeText(
        Array.from(citation.childNodes)
          .filter((n) => n.nodeType === 3)
          .map((n) => n.textContent ?? '')
          .join(' '),
      ) || undefined
    : undefined;

  // Fields left undefined are dropped below, so absent fields stay absent.
  const record: DossierRecord = {
    type: 'manuscript',
    title,
    URL: stableUrl,
    pageUrl,
    dateText,
    issued: issued ?? (dateText ? { literal: dateText } : undefined),
    author: authorsOf(doc)?.map(nameFromCatalogue),
    abstract: textOf(doc.querySelector(SEL_SUMMARY)),
    genres,
    genre: genres?.join(', '),
    languages,
    language: languages?.join(', '),
    classification: textOf(info.get(INFO_CLASSIFICATION)),
    originalArchives: archives,
    source,
    archive_location: source?.reference,
    page: source?.pages,
    translator: source?.translatedBy?.map(nameFromProse),
    archive: archives?.[0] ?? source?.archive?.name,
    uploadedDate: uploaded && /^\d{4}-\d{2}-\d{2}$/.test(uploaded) ? uploaded : undefined,
    recordId,
    nodeId: nodeIdOf(doc, url),
    slug: /\/document\/([a-z0-9-]*[a-z][a-z0-9-]*)\/?$/.exec(canonicalUrl ?? pageUrl)?.[1],
    canonicalUrl,
    peopleAndOrganizations: pills.get(PILL_PEOPLE),
    places: pills.get(PILL_PLACES),
    topics: pills.get(PILL_TOPICS),
    subjects: pills.get(PILL_SUBJECTS),
    donors: splitDonors(textOf(info.get(INFO_DONORS))),
    funders: splitDonors(textOf(doc.querySelector(SEL_DONATED))?.replace(/^This document was made possible with support from\s*/i, '')),
    rights: paragraphs(info.get(INFO_RIGHTS)),
    scanUrl: resolveUrl(doc.querySelector(SEL_SCAN)?.getAttribute('data'), url),
    downloadUrl: resolveUrl(doc.querySelector(SEL_DOWNLOAD)?.getAttribute('href'), url),
    tabs: tabsOf(doc),
    siteCitation,
    wayback: original?.wayback,
  };
  for (const key of Object.keys(record) as Array<keyof DossierRecord>) if (record[key] === undefined) delete record[key];

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
  for (const pane of Array.from(doc.querySelectorAll(SEL_TAB_PANE))) {
    const id = pane.id;
    const kind = id === 'translation' || id === 'transcript' || id === 'original' ? id : undefined;
    if (kind && !tabs.includes(kind)) tabs.push(kind);
  }
  return tabs.length ? tabs : undefined;
}
