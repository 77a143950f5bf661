import type { DossierRecord } from '../record';

export interface ExportOptions {
  /** When each record was consulted (its save time): a date for all, or one per record. */
  accessed?: Date | ((record: DossierRecord) => Date | undefined);
}

export function accessedFor(r: DossierRecord, options: ExportOptions): Date | undefined {
  const a = options.accessed;
  return typeof a === 'function' ? a(r) : a;
}

/** Date parts of the record's issued date: only the parts that exist; undefined for none or a literal. */
export function issuedParts(r: DossierRecord): number[] | undefined {
  const p = r.issued?.['date-parts']?.[0];
  return p && p.length ? [...p] : undefined;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 / EDTF with only the parts that exist: "1956-11-02", "1967-11", "1956". */
export function isoParts(p: number[]): string {
  return [String(p[0]).padStart(4, '0'), ...p.slice(1).map(pad2)].join('-');
}

export function isoDay(d: Date): string {
  return isoParts([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
}
