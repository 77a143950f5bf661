import type { SourceLine } from '../record';
import { knownArchives, type ArchiveName } from './archives';

export interface SourceSplit {
  source: SourceLine;
  /** Set when part of the line was kept verbatim because we could not split it with confidence. */
  warning?: string;
}

type Role = 'obtainedBy' | 'contributedBy' | 'transcribedBy' | 'translatedBy' | 'editedBy' | 'providedBy';

/** Each credit verb names its role: "translated" → translatedBy. */
const VERBS = ['obtained', 'contributed', 'transcribed', 'translated', 'edited', 'provided'];

const VERB = `(?:${VERBS.join('|')})`;
/**
 * One credit: verbs ("Contributed, transcribed, and translated"), an optional beneficiary ("for CWIHP", "to the
 * National Security Archive/Svetlana Savranskaya") that may not cross a semicolon, then "by".
 */
const CREDIT = new RegExp(
  `\\b(?:copy\\s+)?(${VERB}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${VERB})*)(?:\\s+(?:for|to)\\s+[^;]{1,120}?)?\\s+by\\s+`,
  'gi',
);

/** Longest text a Source line may have before we stop trying to split it (real ones are under 600 chars). */
const MAX_SPLIT_LENGTH = 2000;

/** Lowercase words that may sit inside a name ("Oliveira de Souza", "bin Laden"). */
const PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'y', 'e', 'of', 'for', 'and']);

/** Where a list of names ends: a semicolon, or a full stop closing a word that is not an initial or a title. */
function cutNames(s: string): string {
  const semi = s.indexOf(';');
  let text = semi >= 0 ? s.slice(0, semi) : s;
  const stop = /(\S+)\.(?:\s+|$)/g;
  let m: RegExpExecArray | null;
  while ((m = stop.exec(text))) {
    const word = m[1];
    const isInitial = /^(?:\p{L}\.)*\p{L}$/u.test(word);
    const isTitle = /^(?:Dr|Prof|Mr|Mrs|Ms|St|Gen|Col|Amb|Jr|Sr)$/.test(word);
    if (!isInitial && !isTitle) {
      text = text.slice(0, m.index + word.length);
      break;
    }
  }
  return text;
}

function looksLikeName(s: string): boolean {
  if (!s || s.length > 80) return false;
  const words = s.split(/\s+/);
  if (words.length > 7) return false;
  if (!/^[\p{Lu}\d]/u.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\d(]/u.test(w) || PARTICLES.has(w));
}

/** "Péter Vámos and Gwenyth A. Jones" → both names; stops at the first piece that is not a name. */
function splitNames(s: string): string[] {
  const out: string[] = [];
  const pieces = cutNames(s)
    .replace(/[\s,]+(?:and\s*)?$/, '')
    .split(/\s*,\s*and\s+|\s+and\s+|\s*,\s*|\s*&\s*/);
  for (const raw of pieces) {
    const name = raw.trim().replace(/^the\s+/, '').replace(/[.;,]+$/, (m) => (/\s\p{L}\.$/u.test(raw.trim()) ? m.slice(1) : ''));
    if (!looksLikeName(name)) break;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

function addNames(source: SourceLine, role: Role, names: string[]) {
  if (!names.length) return;
  const list = (source[role] ??= []);
  for (const n of names) if (!list.includes(n)) list.push(n);
}

/** Parses credits from `text` into `source`; returns where the first credit starts (text.length if none). */
function readCredits(text: string, source: SourceLine): number {
  const matches = Array.from(text.matchAll(CREDIT));
  matches.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = i + 1 < matches.length ? matches[i + 1].index : text.length;
    const names = splitNames(text.slice(start, end));
    const verbs = m[1].toLowerCase().split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
    for (const verb of verbs) {
      const v = verb.trim();
      if (VERBS.includes(v)) addNames(source, `${v}By` as Role, names);
    }
  });
  return matches.length ? matches[0].index : text.length;
}

const PAGES = /^(?:(?:pp?|k|ll?|fl|ff)\.\s*)?(\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?)$/i;

/** "109-01041-01, 97-101" → reference and pages; the last comma-separated piece is pages only if it looks so. */
function readLocation(rest: string, source: SourceLine) {
  const parts = rest.split(/\s*,\s*/);
  const last = parts[parts.length - 1];
  const pages = parts.length > 1 ? PAGES.exec(last) : null;
  if (pages) {
    source.pages = pages[1].replace(/\s+/g, '');
    source.reference = parts.slice(0, -1).join(', ');
  } else {
    // "PRC FMA 109-01041-01, 97-101" has no comma after the abbreviation; a lone number is a reference.
    source.reference = rest;
  }
}

/** The archive the line starts with, by abbreviation ("AAN, …") or spelled-out name ("Nehru Memorial …, …"). */
function leadingArchive(head: string, archives: ArchiveName[]): { archive: ArchiveName; by: 'abbreviation' | 'name'; rest: string } | undefined {
  const boundary = (s: string, prefix: string) => s.startsWith(prefix) && (s.length === prefix.length || /^[\s,.;:]/.test(s.slice(prefix.length)));
  const byLength = [...archives].sort((a, b) => b.plain.length - a.plain.length);
  for (const archive of byLength) {
    for (const [prefix, by] of [
      [archive.name, 'name'],
      [archive.plain, 'name'],
      [archive.abbreviation, 'abbreviation'],
    ] as const) {
      if (prefix && boundary(head, prefix)) {
        const rest = head.slice(prefix.length).replace(/^[\s,.;:]+/, '').replace(/[\s,.;:]+$/, '');
        return { archive, by, rest };
      }
    }
  }
  return undefined;
}

/**
 * Splits a Source line such as
 * "PRC FMA 109-01041-01, 97-101. Obtained by Péter Vámos and translated by Péter Vámos and Gwenyth A. Jones."
 * into archive, reference, pages and the people credited (obtained, contributed, transcribed, translated,
 * edited, provided by). The verbatim text is always kept; a part that does not match a known shape is left
 * unsplit with a warning, never guessed.
 *
 * `pageArchives` are the page's own "Original Archive" names, which confirm a spelled-out archive name or an
 * abbreviation the table does not know.
 */
export function splitSource(text: string, pageArchives: string[] = []): SourceSplit {
  const source: SourceLine = { text };
  if (text.length > MAX_SPLIT_LENGTH) {
    return { source, warning: 'The Source line is unusually long; kept as written.' };
  }
  const creditsAt = readCredits(text, source);
  const head = text.slice(0, creditsAt).replace(/[\s,.;:]+$/, '');
  const hasCredits = creditsAt < text.length;
  if (!head) {
    return hasCredits ? { source } : { source, warning: 'The Source line has an unfamiliar shape; kept as written.' };
  }
  const lead = leadingArchive(head, knownArchives(pageArchives));
  if (!lead) {
    const warning = hasCredits
      ? 'The archive part of the Source line was kept as written; its reference and pages were not split.'
      : 'The Source line has an unfamiliar shape; kept as written.';
    return { source, warning };
  }
  const { archive, by, rest } = lead;
  if (archive.abbreviation) {
    source.archive = { abbreviation: archive.abbreviation, name: archive.name };
  }
  if (by === 'name') source.repository = archive.plain;
  // The archive is known, but a long prose remainder ("Also available at …") is not a call number.
  if (rest && !/\.\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(rest)) readLocation(rest, source);
  else if (rest) return { source, warning: 'The reference in the Source line was kept as written; it was not split.' };
  return { source };
}
