import { ARCHIVE_ORIGIN, type CslName, type DossierRecord } from '../record';
import { INFO_LABELS, PILL_LABELS, SELECTORS } from './selectors';
import { nonEmptyList, normalizeText, textOf } from './text';
import { parseDisplayDate } from './date';
import { splitSource } from './source';
import { originalRecordUrl } from './url';

export type ParseResult =
  | { kind: 'record'; record: DossierRecord; warnings: string[] }
  | { kind: 'not-a-record'; reason: string };

/** Fields a citation needs; each missing one adds a warning. */
const REQUIRED: Array<[keyof DossierRecord, string]> = [
  ['dateText', 'No date found on the page.'],
  ['source', 'No Source line found on the page.'],
  ['rights', 'No rights statement found on the page.'],
  ['recordId', 'No Record ID found; the record will be kept under its page address.'],
];

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
  const m = /^([^,]+), ([^,]+)$/.exec(name);
  if (m) return { family: m[1].trim(), given: m[2].trim() };
  return { literal: name };
}

function authorsOf(doc: Document): string[] | undefined {
  for (const heading of Array.from(doc.querySelectorAll(SELECTORS.authorHeading))) {
    if (!/^Author/i.test(textOf(heading) ?? '')) continue;
    const column = heading.parentElement;
    if (column) return nonEmptyList(Array.from(column.querySelectorAll(SELECTORS.authorPill)).map((n) => textOf(n)));
  }
  return undefined;
}

function nodeIdOf(doc: Document): string | undefined {
  const shortlink = doc.querySelector(SELECTORS.shortlink)?.getAttribute('href') ?? '';
  const fromLink = /\/node\/(\d+)/.exec(shortlink)?.[1];
  if (fromLink) return fromLink;
  try {
    const settings = JSON.parse(doc.querySelector(SELECTORS.drupalSettings)?.textContent ?? '{}');
    const path = settings?.path?.currentPath;
    return typeof path === 'string' ? /^node\/(\d+)$/.exec(path)?.[1] : undefined;
  } catch {
    return undefined;
  }
}

function absolute(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, ARCHIVE_ORIGIN);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function set<K extends keyof DossierRecord>(r: DossierRecord, key: K, value: DossierRecord[K] | undefined) {
  if (value !== undefined) r[key] = value;
}

/**
 * Reads a Digital Archive record page. Never throws: a page with missing parts yields what it has plus a
 * warning per missing required field; a page that is not a record says why.
 */
export function parseRecordPage(doc: Document, url: string): ParseResult {
  try {
    return parseUnsafe(doc, url);
  } catch (e) {
    return { kind: 'not-a-record', reason: `The page could not be read (${String(e).slice(0, 200)}).` };
  }
}

function parseUnsafe(doc: Document, url: string): ParseResult {
  const original = originalRecordUrl(url);
  const title = textOf(doc.querySelector(SELECTORS.title));
  const info = infoBlocks(doc);
  if (!title) {
    return { kind: 'not-a-record', reason: 'No record title on this page.' };
  }
  if (!info.size && !doc.querySelector(SELECTORS.date)) {
    return { kind: 'not-a-record', reason: 'This page has a title but no record information.' };
  }
  const warnings: string[] = [];
  const pageUrl = original?.url ?? url;
  const canonicalUrl = absolute(doc.querySelector(SELECTORS.canonical)?.getAttribute('href'));
  const recordId = (() => {
    const t = textOf(info.get(INFO_LABELS.recordId));
    return t && /^\d+$/.test(t) ? t : undefined;
  })();
  const citationLink = absolute(doc.querySelector(SELECTORS.citationUrl)?.textContent?.trim());
  const stableUrl = recordId ? `${ARCHIVE_ORIGIN}/document/${recordId}` : (citationLink ?? canonicalUrl ?? pageUrl);

  const record: DossierRecord = { type: 'manuscript', title, URL: stableUrl, pageUrl };
  const dateText = textOf(doc.querySelector(SELECTORS.date));
  set(record, 'dateText', dateText);
  const issued = parseDisplayDate(dateText);
  if (dateText && !issued) warnings.push(`The date "${dateText}" was kept as shown; its parts were not understood.`);
  set(record, 'issued', issued ?? (dateText ? { literal: dateText } : undefined));

  const authors = authorsOf(doc);
  set(record, 'author', authors?.map(toCslName));
  set(record, 'abstract', textOf(doc.querySelector(SELECTORS.summary)));
  set(record, 'genre', textOf(info.get(INFO_LABELS.type)));
  const languages = pillNames(info.get(INFO_LABELS.language));
  set(record, 'languages', languages);
  set(record, 'language', languages?.join(', '));
  set(record, 'classification', textOf(info.get(INFO_LABELS.classification)));
  const archives = pillNames(info.get(INFO_LABELS.archive));
  set(record, 'originalArchives', archives);

  const sourceText = textOf(info.get(INFO_LABELS.source));
  if (sourceText) {
    const split = splitSource(sourceText);
    record.source = split.source;
    if (split.warning) warnings.push(split.warning);
    set(record, 'archive_location', split.source.reference);
    set(record, 'page', split.source.pages);
    set(record, 'translator', split.source.translatedBy?.map(toCslName));
  }
  set(record, 'archive', archives?.[0] ?? record.source?.archive?.name);

  const uploaded = textOf(info.get(INFO_LABELS.uploaded));
  set(record, 'uploadedDate', uploaded && /^\d{4}-\d{2}-\d{2}$/.test(uploaded) ? uploaded : undefined);
  set(record, 'recordId', recordId);
  set(record, 'nodeId', nodeIdOf(doc));
  const slugUrl = canonicalUrl ?? original?.url ?? url;
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
  set(record, 'scanUrl', absolute(doc.querySelector(SELECTORS.scan)?.getAttribute('data')));
  set(record, 'downloadUrl', absolute(doc.querySelector(SELECTORS.download)?.getAttribute('href')));
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
  return { kind: 'record', record, warnings };
}

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
