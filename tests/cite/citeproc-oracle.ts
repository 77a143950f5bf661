import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// citeproc ships no types; the few calls used here are typed by Engine below.
// @ts-expect-error -- untyped CommonJS module
import CSL from 'citeproc';
import type { CslItem } from '../../lib/export/csl-json';

/** Test-only: citeproc-js with the official CSL styles in tests/cite/csl/ (see README.md there). */
export const CSL_DIR = join(process.cwd(), 'tests', 'cite', 'csl');
const read = (f: string) => readFileSync(join(CSL_DIR, f), 'utf8');

export type OracleStyle = 'chicago-fullnote-bibliography' | 'modern-language-association' | 'apa';

export interface OracleOutput {
  note?: string;
  shortNote?: string;
  bibliography: string;
}

type Engine = {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]];
  processCitationCluster(
    c: { citationID: string; citationItems: Array<{ id: string }>; properties: { noteIndex: number } },
    pre: Array<[string, number]>,
    post: Array<[string, number]>,
  ): [unknown, Array<[number, string, string]>];
  setOutputFormat(f: 'text' | 'html'): void;
};

export function makeEngine(style: OracleStyle, items: CslItem[], format: 'text' | 'html' = 'text'): Engine {
  const byId = new Map(items.map((i) => [i.id, i]));
  const sys = { retrieveLocale: () => read('locales-en-US.xml'), retrieveItem: (id: string) => byId.get(id) };
  const engine = new (CSL as unknown as { Engine: new (sys: unknown, style: string, lang?: string) => Engine }).Engine(
    sys,
    read(`${style}.csl`),
    'en-US',
  );
  engine.setOutputFormat(format);
  return engine;
}

/** Full note, subsequent (short) note, and bibliography entry for one item. */
export function oracle(style: OracleStyle, item: CslItem, format: 'text' | 'html' = 'text'): OracleOutput {
  const engine = makeEngine(style, [item], format);
  engine.updateItems([item.id]);
  const bibliography = engine.makeBibliography()[1][0].trim();
  if (style !== 'chicago-fullnote-bibliography') return { bibliography };
  const first = engine.processCitationCluster(
    { citationID: 'c1', citationItems: [{ id: item.id }], properties: { noteIndex: 1 } },
    [],
    [],
  );
  const second = engine.processCitationCluster(
    { citationID: 'c2', citationItems: [{ id: item.id }], properties: { noteIndex: 2 } },
    [['c1', 1]],
    [],
  );
  const note = first[1].find((x) => x[2] === 'c1')?.[1] ?? '';
  const shortNote = second[1].find((x) => x[2] === 'c2')?.[1] ?? '';
  return { note, shortNote, bibliography };
}
