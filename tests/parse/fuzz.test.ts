import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { parseRecordPage } from '../../lib/parse/record-page';
import { recognizePage } from '../../lib/parse/recognize';
import { FIXTURES, fixtureDocument } from '../helpers/fixtures';

/** mulberry32: a small seeded PRNG so every failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BIG = 'x'.repeat(1 << 20);
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u202Egnp.exe\u202C',
  '\u200F\u200E\u2066RTL\u2069',
  '&lt;b&gt;',
  '</div></section>',
  ' \u00A0\t\n ',
  'November 31, 1956',
  'c. c. c. 19',
  'PRC FMA , , . by by by',
  'Translated by <b>Someone</b>',
  '"},{"x":"',
  '\uD800',
  BIG,
];

function mutate(doc: Document, rand: () => number) {
  const all = Array.from(doc.querySelectorAll('main *, head *'));
  const pick = () => all[Math.floor(rand() * all.length)];
  const steps = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < steps && all.length; i++) {
    const el = pick();
    const op = Math.floor(rand() * 6);
    if (op === 0) el.remove();
    else if (op === 1) el.parentNode?.insertBefore(el.cloneNode(true), el);
    else if (op === 2) {
      const other = pick();
      if (!other.contains(el) && !el.contains(other)) other.parentNode?.insertBefore(el, other);
    } else if (op === 3) el.textContent = HOSTILE[Math.floor(rand() * HOSTILE.length)];
    else if (op === 4) el.appendChild(doc.createTextNode(HOSTILE[Math.floor(rand() * HOSTILE.length)]));
    else {
      const names = ['href', 'data', 'class', 'id'];
      el.setAttribute(names[Math.floor(rand() * names.length)], HOSTILE[Math.floor(rand() * HOSTILE.length)]);
    }
  }
}

/** Every string inside a value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

const TAG_LIKE = /<[A-Za-z/!?]/;
const ITERATIONS = 1000;
const BATCH = 20;
// The hostile fixture is already the worst case and has its own test; mutating its 1 MB 1,000 times adds nothing.
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !f.startsWith('hostile-'));

describe('fuzz: mutated fixtures', () => {
  for (const [index, name] of fixtures.entries()) {
    it(`${name}: ${ITERATIONS} mutations never throw and never return markup`, () => {
      const rand = prng(0xd055 + index);
      const url = 'https://digitalarchive.wilsoncenter.org/document/fuzz';
      // Mutations compound within a batch, then a fresh copy starts the next one: cloning a whole document for
      // every iteration costs far more than parsing it.
      let doc = fixtureDocument(name, url);
      for (let i = 0; i < ITERATIONS; i++) {
        if (i % BATCH === 0) doc = fixtureDocument(name, url);
        mutate(doc, rand);
        const result = parseRecordPage(doc, url);
        const kind = recognizePage(doc, url);
        expect(['record', 'not-a-record']).toContain(result.kind);
        expect(['record', 'listing', 'other']).toContain(kind.kind);
        if (result.kind === 'record') {
          // pageUrl and the other URL fields come from attributes, not text; every text field is checked.
          for (const s of strings(result.record)) {
            if (TAG_LIKE.test(s)) throw new Error(`iteration ${i}: markup in output: ${s.slice(0, 120)}`);
          }
          expect(typeof result.record.title).toBe('string');
        }
      }
    }, 60_000);
  }
});
