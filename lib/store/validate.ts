import type { CslDate, CslName, DossierRecord } from '../record';

/**
 * Hand-written checks for data arriving from outside the background (messages, backup files). Each returns
 * the problems found as "path: what is wrong", empty when the value is fine. They check shape and types, and
 * reject unknown record types, so nothing malformed ever reaches storage.
 */
export type Problems = string[];

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

/** Longest text we accept in any one field: generous for transcripts' abstracts, small enough to stop junk. */
export const MAX_TEXT = 200_000;

function text(p: Problems, path: string, v: unknown, required = false): void {
  if (v === undefined) {
    if (required) p.push(`${path}: missing`);
    return;
  }
  if (!isStr(v)) p.push(`${path}: must be text`);
  else if (v.length > MAX_TEXT) p.push(`${path}: too long`);
}

function textList(p: Problems, path: string, v: unknown): void {
  if (v === undefined) return;
  if (!isStrList(v)) p.push(`${path}: must be a list of text`);
}

function names(p: Problems, path: string, v: unknown): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) {
    p.push(`${path}: must be a list of names`);
    return;
  }
  v.forEach((n: unknown, i) => {
    if (!isObj(n)) return void p.push(`${path}[${i}]: must be a name`);
    const name = n as CslName & Record<string, unknown>;
    for (const f of ['family', 'given', 'literal'] as const) text(p, `${path}[${i}].${f}`, name[f]);
    if (name.family === undefined && name.literal === undefined && name.given === undefined) {
      p.push(`${path}[${i}]: empty name`);
    }
    if (name['static-ordering'] !== undefined && typeof name['static-ordering'] !== 'boolean') {
      p.push(`${path}[${i}].static-ordering: must be true or false`);
    }
  });
}

function date(p: Problems, path: string, v: unknown): void {
  if (v === undefined) return;
  if (!isObj(v)) return void p.push(`${path}: must be a date`);
  const d = v as CslDate & Record<string, unknown>;
  if (d['date-parts'] !== undefined) {
    const parts = d['date-parts'];
    const ok =
      Array.isArray(parts) &&
      parts.every(
        (dp: unknown) =>
          Array.isArray(dp) && dp.length >= 1 && dp.length <= 3 && dp.every((n) => Number.isInteger(n)),
      );
    if (!ok) p.push(`${path}.date-parts: must be lists of 1–3 whole numbers`);
  }
  if (d.circa !== undefined && typeof d.circa !== 'boolean') p.push(`${path}.circa: must be true or false`);
  text(p, `${path}.literal`, d.literal);
}

const TEXT_FIELDS = [
  'abstract',
  'genre',
  'language',
  'archive',
  'archive_location',
  'page',
  'dateText',
  'classification',
  'uploadedDate',
  'recordId',
  'nodeId',
  'slug',
  'canonicalUrl',
  'scanUrl',
  'downloadUrl',
  'siteCitation',
] as const satisfies ReadonlyArray<keyof DossierRecord>;

const LIST_FIELDS = [
  'languages',
  'genres',
  'originalArchives',
  'peopleAndOrganizations',
  'places',
  'topics',
  'subjects',
  'donors',
  'funders',
  'rights',
] as const satisfies ReadonlyArray<keyof DossierRecord>;

const TABS = new Set(['translation', 'transcript', 'original']);

/** Problems with a DossierRecord; `path` prefixes every message. */
export function recordProblems(v: unknown, path = 'record'): Problems {
  const p: Problems = [];
  if (!isObj(v)) return [`${path}: must be a record`];
  const r = v as Record<string, unknown>;
  if (r.type !== 'manuscript') p.push(`${path}.type: must be "manuscript"`);
  text(p, `${path}.title`, r.title, true);
  text(p, `${path}.URL`, r.URL, true);
  text(p, `${path}.pageUrl`, r.pageUrl, true);
  if (isStr(r.title) && r.title.trim() === '') p.push(`${path}.title: empty`);
  for (const f of TEXT_FIELDS) text(p, `${path}.${f}`, r[f]);
  for (const f of LIST_FIELDS) textList(p, `${path}.${f}`, r[f]);
  names(p, `${path}.author`, r.author);
  names(p, `${path}.translator`, r.translator);
  date(p, `${path}.issued`, r.issued);
  if (r.tabs !== undefined && !(Array.isArray(r.tabs) && r.tabs.every((t) => TABS.has(t as string)))) {
    p.push(`${path}.tabs: unknown tab`);
  }
  if (r.source !== undefined) {
    if (!isObj(r.source)) p.push(`${path}.source: must be a Source line`);
    else {
      const s = r.source;
      text(p, `${path}.source.text`, s.text, true);
      text(p, `${path}.source.reference`, s.reference);
      text(p, `${path}.source.pages`, s.pages);
      for (const f of ['obtainedBy', 'translatedBy', 'contributedBy', 'transcribedBy', 'editedBy', 'providedBy']) {
        textList(p, `${path}.source.${f}`, s[f]);
      }
      text(p, `${path}.source.repository`, s.repository);
      if (s.archive !== undefined) {
        if (!isObj(s.archive)) p.push(`${path}.source.archive: must be an archive`);
        else {
          text(p, `${path}.source.archive.abbreviation`, s.archive.abbreviation, true);
          text(p, `${path}.source.archive.name`, s.archive.name);
        }
      }
    }
  }
  if (r.wayback !== undefined) {
    if (!isObj(r.wayback)) p.push(`${path}.wayback: must be a Wayback copy`);
    else {
      text(p, `${path}.wayback.url`, r.wayback.url, true);
      text(p, `${path}.wayback.timestamp`, r.wayback.timestamp, true);
    }
  }
  if (!r.recordId && !r.nodeId && !r.canonicalUrl && !r.pageUrl) p.push(`${path}: has no identity`);
  return p;
}

export function isRecord(v: unknown): v is DossierRecord {
  return recordProblems(v).length === 0;
}

export const MAX_TAGS = 100;
export const MAX_TAG_LENGTH = 100;

export function tagsProblems(v: unknown, path = 'tags'): Problems {
  if (!isStrList(v)) return [`${path}: must be a list of text`];
  if (v.length > MAX_TAGS) return [`${path}: at most ${MAX_TAGS} tags`];
  const long = v.findIndex((t) => t.length > MAX_TAG_LENGTH);
  return long >= 0 ? [`${path}[${long}]: a tag is at most ${MAX_TAG_LENGTH} characters`] : [];
}

export function noteProblems(v: unknown, path = 'note'): Problems {
  const p: Problems = [];
  text(p, path, v, true);
  return p;
}

/** Valid ISO-8601 timestamp as Date.toISOString() writes it (what we store). */
export function isTimestamp(v: unknown): v is string {
  return isStr(v) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) && !Number.isNaN(Date.parse(v));
}

export { isObj, isStr, isStrList };
