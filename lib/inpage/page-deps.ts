import type { Citation } from '../cite/types';
import type { DossierRecord } from '../record';
import type { ParseResult } from '../parse/record-page';
import { originalRecordUrl } from '../parse/url';
import { showToast } from './ui';

/** What the page side needs from the background; the content scripts implement it with messages. */
export interface ContentBackend {
  isSaved(record: DossierRecord): Promise<boolean>;
  save(record: DossierRecord): Promise<void>;
  /** The citation in the user's default style, formatted by the background. */
  citation(record: DossierRecord): Promise<Citation & { label: string }>;
  inPageButton(): Promise<boolean>;
}

export interface PageDeps {
  doc: Document;
  url: () => string;
  backend: ContentBackend;
  copy(citation: Citation): Promise<void>;
  fetchPage: FetchPage;
  readRecordHtml: ReadRecordHtml;
}

export type FetchPage = (url: string, signal: AbortSignal) => Promise<{ ok: boolean; status: number; text: string }>;
/**
 * Reads a fetched record page's HTML with the record parser. A parameter, not an import: listing pages load the
 * parser only when they first need it, so the script that runs on every archive page stays small.
 */
export type ReadRecordHtml = (html: string, url: string) => Promise<ParseResult>;

/** Fetches a record page without visiting it and parses it with the same parser as a visited page. */
export async function fetchRecordWith(
  fetchPage: FetchPage,
  readRecordHtml: ReadRecordHtml,
  url: string,
  signal: AbortSignal,
): Promise<{ record?: DossierRecord; reason?: string }> {
  const target = originalRecordUrl(url)?.url;
  if (!target) return { reason: 'Not a Digital Archive record address.' };
  const res = await fetchPage(target, signal);
  if (!res.ok) return { reason: `The archive answered ${res.status}.` };
  const parsed = await readRecordHtml(res.text, target);
  return parsed.kind === 'record' ? { record: parsed.record } : { reason: parsed.reason };
}

export function fetchRecord(deps: PageDeps, url: string, signal: AbortSignal) {
  return fetchRecordWith(deps.fetchPage, deps.readRecordHtml, url, signal);
}

/** "Save linked record": reads the linked page without visiting it and saves what it holds. */
export async function saveLinked(deps: PageDeps, url: string): Promise<boolean> {
  try {
    const got = await fetchRecord(deps, url, new AbortController().signal);
    if (!got.record) throw new Error(got.reason);
    await deps.backend.save(got.record);
    showToast(deps.doc, `Saved to Dossier: ${got.record.title.slice(0, 80)}`);
    return true;
  } catch (e) {
    showToast(deps.doc, `Dossier could not save the linked record: ${(e as Error).message}`);
    return false;
  }
}
