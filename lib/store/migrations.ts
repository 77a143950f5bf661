import type { WriteOp } from './kv';
import { groupByIdentity, mergeItems, upgradeItem, type SavedRecord } from './item';
import { ID, LIST, QUARANTINE, RECORD, rebuild } from './layout';

/**
 * How stored data moves from one schema version to the next. Each migration sees a snapshot of every entry
 * and returns the writes that turn it into the next version; the collection applies them in one batch with
 * the new version number, so a migration either completes or leaves the old data untouched.
 *
 * Version 1 (Dossier 0.1): `record:<key>` → item with schemaVersion 1; no meta, no index, no summaries.
 * Version 2: adds meta:schema, the identity index, summary buckets and `identities` on items (see layout.ts);
 *            merges items that turn out to be the same record; moves unreadable entries to quarantine:.
 */
export interface Migration {
  from: number;
  to: number;
  run(entries: ReadonlyArray<[string, unknown]>): { ops: WriteOp[]; quarantined: string[] };
}

const v1ToV2: Migration = {
  from: 1,
  to: 2,
  run(entries) {
    const ops: WriteOp[] = [];
    const quarantined: string[] = [];
    const items: SavedRecord[] = [];
    for (const [key, value] of entries) {
      if (key.startsWith(ID) || key.startsWith(LIST)) ops.push({ type: 'del', key }); // left by an aborted run
      if (!key.startsWith(RECORD)) continue;
      const { item } = upgradeItem(value, 1, key);
      if (item) items.push(item);
      else {
        // Unreadable: keep the raw value where nothing reads it, rather than drop months of work.
        quarantined.push(key);
        ops.push({ type: 'set', key: QUARANTINE + key.slice(RECORD.length), value });
      }
      ops.push({ type: 'del', key });
    }
    const merged = groupByIdentity(items).map((g) => (g.length === 1 ? g[0] : mergeItems(g)));
    ops.push(...rebuild(merged));
    return { ops, quarantined };
  },
};

/** In order; the collection runs every one whose `from` is at or above the stored version. */
export const MIGRATIONS: readonly Migration[] = [v1ToV2];
