import type { DossierRecord } from './record';
import type { ParseResult } from './parse/record-page';
import type { SavedRecord } from './store/collection';

/**
 * Every message between content script, background and popup: kind → request payload and response.
 * Plain data only, so it survives structured cloning in both browsers.
 */
export interface MessageTable {
  /** popup → content script of a tab: what does this page hold? */
  'page/parse': { request: Record<string, never>; response: ParseResult };
  /** content script → background: a page was recognized (for the toolbar state). */
  'page/recognized': { request: { key?: string; kind: ParseResult['kind'] }; response: { saved: boolean } };
  /** any → background */
  'record/save': { request: { record: DossierRecord; capturedFrom: 'popup' | 'page' }; response: SavedRecord };
  'record/remove': { request: { key: string }; response: { removed: boolean } };
  'record/status': { request: { record: DossierRecord }; response: { saved: boolean; key?: string } };
  'collection/list': { request: Record<string, never>; response: SavedRecord[] };
}

export type MessageKind = keyof MessageTable;
export type Message<K extends MessageKind = MessageKind> = { kind: K; payload: MessageTable[K]['request'] };
export type Reply<K extends MessageKind> =
  | { ok: true; value: MessageTable[K]['response'] }
  | { ok: false; error: string };

const KINDS: ReadonlySet<string> = new Set<MessageKind>([
  'page/parse',
  'page/recognized',
  'record/save',
  'record/remove',
  'record/status',
  'collection/list',
]);

/** Validates an arriving message's envelope; payload checks live with each handler. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { kind?: unknown; payload?: unknown };
  return typeof v.kind === 'string' && KINDS.has(v.kind) && typeof v.payload === 'object' && v.payload !== null;
}

export function isRecordPayload(value: unknown): value is DossierRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<DossierRecord>;
  return r.type === 'manuscript' && typeof r.title === 'string' && typeof r.URL === 'string' && typeof r.pageUrl === 'string';
}
