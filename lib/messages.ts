import type { DossierRecord } from './record';
import type { Citation } from './cite/types';
import type { ParseResult } from './parse/record-page';
import type {
  CollectionChange,
  CollectionStatus,
  ImportSummary,
  QueueImportSummary,
  SavedRecord,
  SavedSummary,
} from './store/collection';
import type { StoreErrorKind } from './store/errors';
import type { QueuedCapture } from './store/queue';
import { isObj, isStr, isStrList, noteProblems, recordProblems, tagsProblems } from './store/validate';
import { upgradeItem } from './store/item';
import { SCHEMA_VERSION } from './store/item';

type Empty = Record<string, never>;

/**
 * Every request between content script, background and popup: kind → request payload and response.
 * Plain data only, so it survives structured cloning (and Chrome's JSON messaging). Every payload is checked on
 * arrival by payloadProblems before a handler sees it.
 */
export interface MessageTable {
  /** popup → content script of a tab: what does this page hold? */
  'page/parse': { request: Empty; response: ParseResult };
  /** content script → background: a page was recognized (toolbar state); answers whether it is saved. */
  'page/recognized': {
    request: { kind: ParseResult['kind']; key?: string; identities?: string[]; record?: DossierRecord; links?: number };
    response: { saved: boolean; key?: string };
  };
  /** listing-page content script → background: run the record parser in my frame (loaded only when needed). */
  'page/load-parser': { request: Empty; response: { loaded: boolean } };
  /** content script → background: the record's citation in the user's default style (keeps cite code out of pages). */
  'citation/format': { request: { record: DossierRecord }; response: Citation & { label: string } };
  /** Save or re-capture (fields refreshed, tags and note kept). */
  'record/save': { request: { record: DossierRecord; capturedFrom: 'popup' | 'page' }; response: SavedRecord };
  /** Remove by key or any identity. */
  'record/remove': { request: { key: string }; response: { removed: boolean } };
  /** Remove several; answers the removed items as they were, for undo via records/restore. */
  'records/remove': { request: { keys: string[] }; response: { removed: SavedRecord[] } };
  /** Put removed items back (merging with anything saved since). */
  'records/restore': { request: { items: SavedRecord[] }; response: ImportSummary };
  'record/status': { request: { record: DossierRecord }; response: { saved: boolean; key?: string; item?: SavedRecord } };
  'record/update': { request: { key: string; tags?: string[]; note?: string }; response: SavedRecord };
  /**
   * Items in full, newest first: all of them, or a page (offset/limit). Chrome caps a message at 64 MB, about
   * 25,000 records, so very large collections must be read in pages.
   */
  'collection/list': { request: { offset?: number; limit?: number }; response: SavedRecord[] };
  /** Compact rows for every item, newest first: much lighter than the full list for big collections. */
  'collection/summaries': { request: Empty; response: SavedSummary[] };
  /** Size of the collection and queue, and old entries set aside by migration. */
  'collection/status': { request: Empty; response: CollectionStatus };
  /** Rebuilds the identity index and list summaries from the records (a "Repair" button). */
  'collection/repair': { request: Empty; response: { records: number } };
  /** A backup file of the whole collection, or of the given keys. */
  'collection/export': { request: { keys?: string[] }; response: { fileName: string; text: string; count: number } };
  /** Imports a backup file's text, all-or-nothing. */
  'collection/import': { request: { text: string }; response: ImportSummary };
  /** Adds a list of Digital Archive addresses (one a line) to the capture queue. */
  'queue/add': { request: { text: string }; response: QueueImportSummary };
  'queue/list': { request: Empty; response: QueuedCapture[] };
  'queue/remove': { request: { url: string }; response: { removed: boolean } };
}

/** Requests the background or popup send to a tab's content script (shortcut, menu, popup buttons). */
export interface PageMessageTable {
  'page/command': { request: { action: 'save' | 'copy' }; response: { done: boolean } };
  'page/save-all': { request: Empty; response: { started: boolean } };
  'page/save-link': { request: { url: string }; response: { done: boolean } };
}
export type PageMessageKind = keyof PageMessageTable;
export type PageMessage<K extends PageMessageKind = PageMessageKind> = K extends PageMessageKind
  ? { kind: K; payload: PageMessageTable[K]['request'] }
  : never;

/** Background → popup and DA tabs, no reply: sent after every change to the collection. */
export interface BroadcastTable {
  'collection/changed': CollectionChange;
}

export type MessageKind = keyof MessageTable;
export type Message<K extends MessageKind = MessageKind> = { kind: K; payload: MessageTable[K]['request'] };
export type Reply<K extends MessageKind> =
  | { ok: true; value: MessageTable[K]['response'] }
  | { ok: false; error: string; errorKind?: StoreErrorKind };

export type BroadcastKind = keyof BroadcastTable;
export type Broadcast<K extends BroadcastKind = BroadcastKind> = { kind: K; payload: BroadcastTable[K] };

/** Size limits for message payloads: far above real use, low enough that junk cannot exhaust memory. */
const MAX_FILE_TEXT = 256 * 1024 * 1024;
const MAX_KEYS = 100_000;
const MAX_KEY_LENGTH = 4_000;

type Check = (p: Record<string, unknown>) => string[];

const key = (v: unknown, path: string): string[] =>
  isStr(v) && v.length > 0 && v.length <= MAX_KEY_LENGTH ? [] : [`${path}: must be a record key`];
const fileText = (v: unknown, path: string): string[] =>
  !isStr(v) ? [`${path}: must be text`] : v.length > MAX_FILE_TEXT ? [`${path}: file too large`] : [];
const none: Check = () => [];

const CHECKS: { [K in MessageKind]: Check } = {
  'page/parse': none,
  'page/recognized': (p) => [
    ...(p.kind === 'record' || p.kind === 'not-a-record' ? [] : ['kind: must be "record" or "not-a-record"']),
    ...(p.key === undefined ? [] : key(p.key, 'key')),
    ...(p.identities === undefined || (isStrList(p.identities) && p.identities.length <= 20)
      ? []
      : ['identities: must be a short list of text']),
    ...(p.record === undefined ? [] : recordProblems(p.record)),
    ...(p.links === undefined || (Number.isInteger(p.links) && (p.links as number) >= 0) ? [] : ['links: must be a count']),
  ],
  'page/load-parser': none,
  'citation/format': (p) => recordProblems(p.record),
  'record/save': (p) => [
    ...recordProblems(p.record),
    ...(p.capturedFrom === 'popup' || p.capturedFrom === 'page' ? [] : ['capturedFrom: must be "popup" or "page"']),
  ],
  'record/remove': (p) => key(p.key, 'key'),
  'records/remove': (p) =>
    Array.isArray(p.keys) && p.keys.length <= MAX_KEYS
      ? p.keys.flatMap((k, i) => key(k, `keys[${i}]`)).slice(0, 5)
      : ['keys: must be a list of record keys'],
  'records/restore': (p) =>
    Array.isArray(p.items) && p.items.length <= MAX_KEYS
      ? p.items.flatMap((it, i) => upgradeItem(it, SCHEMA_VERSION, `items[${i}]`).problems).slice(0, 5)
      : ['items: must be a list of saved items'],
  'record/status': (p) => recordProblems(p.record),
  'record/update': (p) => [
    ...key(p.key, 'key'),
    ...(p.tags === undefined ? [] : tagsProblems(p.tags)),
    ...(p.note === undefined ? [] : noteProblems(p.note)),
    ...(p.tags === undefined && p.note === undefined ? ['nothing to change: give tags or note'] : []),
  ],
  'collection/list': (p) =>
    (['offset', 'limit'] as const).flatMap((f) =>
      p[f] === undefined || (Number.isInteger(p[f]) && (p[f] as number) >= 0) ? [] : [`${f}: must be a whole number`],
    ),
  'collection/summaries': none,
  'collection/status': none,
  'collection/repair': none,
  'collection/export': (p) =>
    p.keys === undefined
      ? []
      : Array.isArray(p.keys) && p.keys.length <= MAX_KEYS
        ? p.keys.flatMap((k, i) => key(k, `keys[${i}]`)).slice(0, 5)
        : ['keys: must be a list of record keys'],
  'collection/import': (p) => fileText(p.text, 'text'),
  'queue/add': (p) => fileText(p.text, 'text'),
  'queue/list': none,
  'queue/remove': (p) => (isStr(p.url) && p.url.length <= MAX_KEY_LENGTH ? [] : ['url: must be an address']),
};

const KINDS: ReadonlySet<string> = new Set(Object.keys(CHECKS));

/** Validates an arriving message's envelope (a known kind with an object payload). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { kind?: unknown; payload?: unknown };
  return typeof v.kind === 'string' && KINDS.has(v.kind) && isObj(v.payload);
}

/** What is wrong with a message's payload; empty when the handler may run. */
export function payloadProblems(message: Message): string[] {
  return CHECKS[message.kind](message.payload as Record<string, unknown>);
}

export function isBroadcast(value: unknown): value is Broadcast {
  if (!isObj(value) || value.kind !== 'collection/changed' || !isObj(value.payload)) return false;
  const p = value.payload;
  return isStrList(p.saved) && isStrList(p.removed) && (p.queue === undefined || typeof p.queue === 'boolean');
}

export function changedBroadcast(change: CollectionChange): Broadcast<'collection/changed'> {
  return { kind: 'collection/changed', payload: change };
}

export function isRecordPayload(value: unknown): value is DossierRecord {
  return recordProblems(value).length === 0;
}
