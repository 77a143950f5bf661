import { describe, expect, it } from 'vitest';
import { formatChicagoNote, formatChicagoShortNote } from '../../lib/cite/chicago';
import { formatMla } from '../../lib/cite/mla';
import { formatPages } from '../../lib/cite/pages';
import { shortTitle } from '../../lib/cite/short-title';
import { CITATION_STYLES, EXPORT_FORMATS, citationStyle, exportFormat } from '../../lib/cite/styles';
import { parseRecordPage } from '../../lib/parse/record-page';
import { fixtureDocument, htmlDocument } from '../helpers/fixtures';
import { FIXTURE_RECORDS, MIKOYAN, variant } from './records';

/** The html's visible text: what a rich editor shows after pasting. */
function visibleText(html: string): string {
  return htmlDocument(`<!DOCTYPE html><body>${html}</body>`).body.textContent ?? '';
}

describe('every style, every fixture', () => {
  for (const [name, record] of Object.entries(FIXTURE_RECORDS)) {
    it(`${name}: the html shows exactly the text (markup only adds italics and links)`, () => {
      for (const s of CITATION_STYLES) {
        const c = s.format(record);
        expect(visibleText(c.html), s.id).toBe(c.text);
        expect(c.text, s.id).not.toMatch(/\s{2}|\s[,.]|,,|\.\.(?!\.)|undefined|null/);
      }
    });
  }

  it('formats what the parser reads from the fixture pages, whatever shape its names take', () => {
    for (const name of Object.keys(FIXTURE_RECORDS)) {
      const parsed = parseRecordPage(fixtureDocument(`${name}.html`), `https://digitalarchive.wilsoncenter.org/document/x`);
      expect(parsed.kind).toBe('record');
      if (parsed.kind !== 'record') continue;
      for (const s of CITATION_STYLES) {
        const c = s.format(parsed.record);
        expect(c.text.length).toBeGreaterThan(20);
        if (s.id !== 'chicago-short') expect(c.text).toContain(parsed.record.URL);
      }
    }
  });
});

describe('registry', () => {
  it('offers the six styles and four export formats with unique ids', () => {
    expect(CITATION_STYLES.map((s) => s.id)).toEqual(['chicago-note', 'chicago-short', 'chicago-bib', 'mla', 'apa', 'site']);
    expect(EXPORT_FORMATS.map((f) => [f.id, f.extension, f.mimeType])).toEqual([
      ['bibtex', 'bib', 'application/x-bibtex'],
      ['ris', 'ris', 'application/x-research-info-systems'],
      ['csl-json', 'json', 'application/vnd.citationstyles.csl+json'],
      ['csv', 'csv', 'text/csv'],
    ]);
    expect(citationStyle('mla').label).toBe('MLA (9th ed.)');
    for (const f of EXPORT_FORMATS) {
      expect(exportFormat(f.id)).toBe(f);
      expect(f.export(Object.values(FIXTURE_RECORDS)).length).toBeGreaterThan(100);
      expect(f.export([])).toBeTypeOf('string');
    }
  });
  it('styles are pure: same record and options, same output; the record is not changed', () => {
    const r = structuredClone(MIKOYAN);
    const accessed = new Date(Date.UTC(2025, 0, 5));
    for (const s of CITATION_STYLES) expect(s.format(r, { accessed })).toEqual(s.format(r, { accessed }));
    expect(r).toEqual(MIKOYAN);
  });
});

describe('details', () => {
  it('page ranges: en dash; Chicago (CMOS 9.64) and MLA shorten the second number', () => {
    expect(formatPages('97-101', 'chicago')).toBe('97–101');
    expect(formatPages('101-108', 'chicago')).toBe('101–8');
    expect(formatPages('321-328', 'chicago')).toBe('321–28');
    expect(formatPages('498-532', 'chicago')).toBe('498–532');
    expect(formatPages('1087-1089', 'chicago')).toBe('1087–89');
    expect(formatPages('100-104', 'chicago')).toBe('100–104');
    expect(formatPages('321-328', 'mla')).toBe('321–28');
    expect(formatPages('321-328', 'expanded')).toBe('321–328');
    expect(formatPages('12', 'chicago')).toBe('12');
    expect(formatPages('iv-x', 'chicago')).toBe('iv-x');
  });
  it('short titles: the document’s own quoted title, without asides; else the whole title', () => {
    expect(shortTitle({ title: "Cable from X, 'Prime Minister Visit to China (Conversation with Deng)'" })).toBe(
      'Prime Minister Visit to China',
    );
    expect(shortTitle({ title: 'Memorandum of Conversation' })).toBe('Memorandum of Conversation');
    expect(shortTitle({ title: "Mao's Letter to Stalin" })).toBe("Mao's Letter to Stalin");
  });
  it('names written family-first (CSL static-ordering) stay so in every position', () => {
    const r = variant(MIKOYAN, { author: [{ family: 'Deng', given: 'Xiaoping', 'static-ordering': true }] });
    expect(formatChicagoNote(r).text).toMatch(/^Deng Xiaoping, “/);
    expect(formatChicagoShortNote(r).text).toMatch(/^Deng, “/);
    expect(formatMla(r).text).toMatch(/^Deng Xiaoping\. “/);
  });
  it('apostrophes and quotes become typographic; a quotation inside our quotation marks takes single ones', () => {
    const r = variant(MIKOYAN, { title: `Mao's "Secret" Speech` });
    expect(formatChicagoNote(r).text).toContain('“Mao’s ‘Secret’ Speech,”');
  });
});
