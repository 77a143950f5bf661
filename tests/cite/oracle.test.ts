import { describe, expect, it } from 'vitest';
import { formatApa } from '../../lib/cite/apa';
import { formatChicagoBibliography, formatChicagoNote, formatChicagoShortNote } from '../../lib/cite/chicago';
import { formatMla } from '../../lib/cite/mla';
import type { DossierRecord } from '../../lib/record';
import { toCslItem } from '../../lib/export/csl-json';
import { makeEngine, type OracleStyle } from './citeproc-oracle';
import { DELIBERATE_DIFFERENCES, REASONS, type OracleForm } from './deliberate-differences';
import { FIXTURE_RECORDS } from './records';

/*
 * Oracle: citeproc-js with the official CSL styles formats every fixture record from our CSL-JSON export; each
 * output must equal ours, or be listed — with citeproc's exact text and the reasons — in
 * deliberate-differences.ts (explained in DELIBERATE-DIFFERENCES.md).
 */

type Outputs = Record<OracleForm, string>;

const OURS: Record<OracleForm, (r: DossierRecord) => string> = {
  'chicago-note': (r) => formatChicagoNote(r).text,
  'chicago-short': (r) => formatChicagoShortNote(r).text,
  'chicago-bib': (r) => formatChicagoBibliography(r).text,
  mla: (r) => formatMla(r).text,
  apa: (r) => formatApa(r).text,
};

/** All fixtures through one engine per style: building an engine costs seconds. */
function citeprocAll(): Record<string, Outputs> {
  const entries = Object.entries(FIXTURE_RECORDS).map(([name, r]) => ({ name, item: toCslItem(r) }));
  const items = entries.map((e) => e.item);
  const out: Record<string, Partial<Outputs>> = Object.fromEntries(entries.map((e) => [e.name, {}]));
  const bib = (style: OracleStyle, form: OracleForm) => {
    const engine = makeEngine(style, items);
    engine.updateItems(items.map((i) => i.id));
    const [meta, strings] = engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
    meta.entry_ids.forEach(([id], k) => {
      const e = entries.find((x) => x.item.id === id)!;
      out[e.name][form] = strings[k].trim();
    });
  };
  bib('chicago-fullnote-bibliography', 'chicago-bib');
  bib('modern-language-association', 'mla');
  bib('apa', 'apa');
  const engine = makeEngine('chicago-fullnote-bibliography', items);
  engine.updateItems(items.map((i) => i.id));
  const pre: Array<[string, number]> = [];
  let note = 0;
  for (const e of entries) {
    for (const [suffix, form] of [['full', 'chicago-note'], ['short', 'chicago-short']] as const) {
      const citationID = `${e.item.id}-${suffix}`;
      note += 1;
      const [, updates] = engine.processCitationCluster(
        { citationID, citationItems: [{ id: e.item.id }], properties: { noteIndex: note } },
        [...pre],
        [],
      );
      out[e.name][form] = updates.find((u) => u[2] === citationID)![1];
      pre.push([citationID, note]);
    }
  }
  return out as Record<string, Outputs>;
}

describe('oracle: citeproc-js with the official CSL styles', () => {
  let theirs: Record<string, Outputs>;

  it('builds every style (cold, as the bench measures)', () => {
    theirs = citeprocAll();
    expect(Object.keys(theirs)).toHaveLength(Object.keys(FIXTURE_RECORDS).length);
  }, 120_000);

  for (const [fixture, record] of Object.entries(FIXTURE_RECORDS)) {
    for (const form of Object.keys(OURS) as OracleForm[]) {
      it(`${fixture} · ${form}: equal to citeproc or a listed deliberate difference`, () => {
        const ours = OURS[form](record);
        const other = theirs[fixture][form];
        const listed = DELIBERATE_DIFFERENCES.find((d) => d.fixture === fixture && d.form === form);
        if (ours === other) {
          expect(listed, 'listed as a difference but equal: remove the entry').toBeUndefined();
          return;
        }
        expect(listed, `not listed:\n ours:     ${ours}\n citeproc: ${other}`).toBeDefined();
        expect(other).toBe(listed!.citeproc);
        for (const reason of listed!.reasons) expect(REASONS).toHaveProperty(reason);
      });
    }
  }

  it('every listed difference belongs to a fixture and form that exist', () => {
    for (const d of DELIBERATE_DIFFERENCES) {
      expect(FIXTURE_RECORDS).toHaveProperty(d.fixture);
      expect(OURS).toHaveProperty(d.form);
      expect(d.reasons.length).toBeGreaterThan(0);
    }
  });
});
