import { describe, expect, it } from 'vitest';
import { formatApa } from '../../lib/cite/apa';
import { formatChicagoBibliography, formatChicagoNote, formatChicagoShortNote } from '../../lib/cite/chicago';
import { formatMla } from '../../lib/cite/mla';
import { formatSiteCitation } from '../../lib/cite/site';
import { CITATION_STYLES } from '../../lib/cite/styles';
import { HAO_DEQING, KATORI, MIKOYAN, variant } from './records';

/*
 * Goldens written by hand from each style's rules (see the comment at the top of each lib/cite/<style>.ts), never
 * produced by the code. Chicago 18 notes-bibliography, MLA 9, APA 7, and the site's own format.
 */

const U1 = 'https://digitalarchive.wilsoncenter.org/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing';
const U2 = 'https://digitalarchive.wilsoncenter.org/document/118849';
const U3 = 'https://digitalarchive.wilsoncenter.org/document/111210';

describe('seed: cable-hao-deqing-1956 (no author, PRC FMA call number, two translators)', () => {
  it('Chicago full note', () => {
    expect(formatChicagoNote(HAO_DEQING).text).toBe(
      `“Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing,’” trans. Péter Vámos and Gwenyth A. Jones, November 2, 1956, PRC FMA 109-01041-01, 97–101, Wilson Center Digital Archive, ${U1}.`,
    );
  });
  it('Chicago short note', () => {
    expect(formatChicagoShortNote(HAO_DEQING).text).toBe('“On the Meeting between Imre Nagy and Ambassador Hao Deqing.”');
  });
  it('Chicago bibliography', () => {
    expect(formatChicagoBibliography(HAO_DEQING).text).toBe(
      `“Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing.’” Translated by Péter Vámos and Gwenyth A. Jones. November 2, 1956. PRC FMA 109-01041-01, 97–101. Wilson Center Digital Archive. ${U1}.`,
    );
  });
  it('MLA', () => {
    expect(formatMla(HAO_DEQING).text).toBe(
      `“Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing.’” Translated by Péter Vámos and Gwenyth A. Jones, 2 Nov. 1956, pp. 97–101. PRC FMA 109-01041-01, Wilson Center Digital Archive, ${U1}.`,
    );
  });
  it('APA', () => {
    expect(formatApa(HAO_DEQING).text).toBe(
      `Cable from the Chinese Embassy in Hungary, “On the Meeting between Imre Nagy and Ambassador Hao Deqing” (P. Vámos & G. A. Jones, Trans.). (1956, November 2). PRC FMA 109-01041-01, pp. 97–101. Wilson Center Digital Archive. ${U1}`,
    );
  });
  it('site format', () => {
    expect(formatSiteCitation(HAO_DEQING).text).toBe(
      `"Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing’", November 2, 1956, Wilson Center Digital Archive, PRC FMA 109-01041-01, 97-101. Obtained by Péter Vámos and translated by Péter Vámos and Gwenyth A. Jones. ${U1}`,
    );
  });
  it('html: quotes as characters, database italic where the style wants, URL as a link', () => {
    expect(formatChicagoNote(HAO_DEQING).html).toBe(
      `“Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing,’” trans. Péter Vámos and Gwenyth A. Jones, November 2, 1956, PRC FMA 109-01041-01, 97–101, Wilson Center Digital Archive, <a href="${U1}">${U1}</a>.`,
    );
    expect(formatMla(HAO_DEQING).html).toContain(`<i>Wilson Center Digital Archive</i>, <a href="${U1}">${U1}</a>.`);
    expect(formatApa(HAO_DEQING).html).toBe(
      `<i>Cable from the Chinese Embassy in Hungary, “On the Meeting between Imre Nagy and Ambassador Hao Deqing”</i> (P. Vámos &amp; G. A. Jones, Trans.). (1956, November 2). PRC FMA 109-01041-01, pp. 97–101. <i>Wilson Center Digital Archive</i>. <a href="${U1}">${U1}</a>`,
    );
    expect(formatSiteCitation(HAO_DEQING).html).toBe(
      `&quot;Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing’&quot;, November 2, 1956, Wilson Center Digital Archive, PRC FMA 109-01041-01, 97-101. Obtained by Péter Vámos and translated by Péter Vámos and Gwenyth A. Jones. <a href="${U1}">${U1}</a>`,
    );
  });
});

describe('cable-katori-deng-1984 (three authors: et al. in notes, CMOS 18 13.78; Source line not split)', () => {
  it('Chicago full note', () => {
    expect(formatChicagoNote(KATORI).text).toBe(
      `Xiaoping Deng et al., “Cable from Ambassador Katori to the Foreign Minister, ‘Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping),’” trans. Ryo C. Kato, March 25, 1984, Diplomatic Archives of the Ministry of Foreign Affairs of Japan, Wilson Center Digital Archive, ${U2}.`,
    );
  });
  it('Chicago short note', () => {
    expect(formatChicagoShortNote(KATORI).text).toBe('Deng et al., “Prime Minister Visit to China.”');
  });
  it('Chicago bibliography', () => {
    expect(formatChicagoBibliography(KATORI).text).toBe(
      `Deng, Xiaoping, Yasuhiro Nakasone, and Yasue Katori. “Cable from Ambassador Katori to the Foreign Minister, ‘Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping).’” Translated by Ryo C. Kato. March 25, 1984. Diplomatic Archives of the Ministry of Foreign Affairs of Japan. Wilson Center Digital Archive. ${U2}.`,
    );
  });
  it('MLA', () => {
    expect(formatMla(KATORI).text).toBe(
      `Deng, Xiaoping, et al. “Cable from Ambassador Katori to the Foreign Minister, ‘Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping).’” Translated by Ryo C. Kato, 25 Mar. 1984. Diplomatic Archives of the Ministry of Foreign Affairs of Japan, Wilson Center Digital Archive, ${U2}.`,
    );
  });
  it('APA', () => {
    expect(formatApa(KATORI).text).toBe(
      `Deng, X., Nakasone, Y., & Katori, Y. (1984, March 25). Cable from Ambassador Katori to the Foreign Minister, “Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping)” (R. C. Kato, Trans.). Diplomatic Archives of the Ministry of Foreign Affairs of Japan. Wilson Center Digital Archive. ${U2}`,
    );
  });
  it('site format equals the citation the page itself shows', () => {
    expect(formatSiteCitation(KATORI).text).toBe(`${KATORI.siteCitation} ${U2}`);
  });
});

describe('memorandum-mikoyan-kennedy-1962 (one author, document type, full archive name)', () => {
  it('Chicago full note', () => {
    expect(formatChicagoNote(MIKOYAN).text).toBe(
      `Anastas Ivanovich Mikoyan, “A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy,” trans. David Wolff, November 30, 1962, Archive of Foreign Policy of the Russian Federation (AVP RF), Wilson Center Digital Archive, ${U3}.`,
    );
  });
  it('Chicago short note', () => {
    expect(formatChicagoShortNote(MIKOYAN).text).toBe('Mikoyan, “A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy.”');
  });
  it('Chicago bibliography', () => {
    expect(formatChicagoBibliography(MIKOYAN).text).toBe(
      `Mikoyan, Anastas Ivanovich. “A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy.” Translated by David Wolff. November 30, 1962. Archive of Foreign Policy of the Russian Federation (AVP RF). Wilson Center Digital Archive. ${U3}.`,
    );
  });
  it('MLA', () => {
    expect(formatMla(MIKOYAN).text).toBe(
      `Mikoyan, Anastas Ivanovich. “A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy.” Translated by David Wolff, 30 Nov. 1962. Archive of Foreign Policy of the Russian Federation (AVP RF), Wilson Center Digital Archive, ${U3}.`,
    );
  });
  it('APA', () => {
    expect(formatApa(MIKOYAN).text).toBe(
      `Mikoyan, A. I. (1962, November 30). A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy (D. Wolff, Trans.) [Memorandum]. Archive of Foreign Policy of the Russian Federation (AVP RF). Wilson Center Digital Archive. ${U3}`,
    );
  });
  it('site format equals the citation the page itself shows', () => {
    expect(formatSiteCitation(MIKOYAN).text).toBe(`${MIKOYAN.siteCitation} ${U3}`);
  });
});

describe('dates: month-only and year-only printed as such; n.d. only without a date', () => {
  const month = variant(MIKOYAN, { issued: { 'date-parts': [[1967, 11]] }, dateText: 'November 1967' });
  const year = variant(MIKOYAN, { issued: { 'date-parts': [[1962]] }, dateText: '1962' });
  const none = variant(MIKOYAN, { issued: undefined, dateText: undefined });
  const accessed = new Date(Date.UTC(2025, 0, 5, 12));

  it('month only', () => {
    expect(formatChicagoNote(month).text).toContain('trans. David Wolff, November 1967, Archive');
    expect(formatChicagoBibliography(month).text).toContain('Translated by David Wolff. November 1967. Archive');
    expect(formatMla(month).text).toContain('Translated by David Wolff, Nov. 1967. Archive');
    expect(formatApa(month).text).toBe(
      `Mikoyan, A. I. (1967, November). A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy (D. Wolff, Trans.) [Memorandum]. Archive of Foreign Policy of the Russian Federation (AVP RF). Wilson Center Digital Archive. ${U3}`,
    );
  });
  it('year only', () => {
    expect(formatChicagoNote(year).text).toContain('trans. David Wolff, 1962, Archive');
    expect(formatMla(year).text).toContain('Translated by David Wolff, 1962. Archive');
    expect(formatApa(year).text).toContain('Mikoyan, A. I. (1962). A.I.');
  });
  it('a date already printed with the record is not given an access date', () => {
    expect(formatChicagoNote(MIKOYAN, { accessed }).text).toBe(formatChicagoNote(MIKOYAN).text);
    expect(formatMla(MIKOYAN, { accessed }).text).toBe(formatMla(MIKOYAN).text);
  });
  it('no date: n.d. in Chicago and APA, nothing in MLA; the save time becomes the access date', () => {
    expect(formatChicagoNote(none, { accessed }).text).toBe(
      `Anastas Ivanovich Mikoyan, “A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy,” trans. David Wolff, n.d., Archive of Foreign Policy of the Russian Federation (AVP RF), Wilson Center Digital Archive, accessed January 5, 2025, ${U3}.`,
    );
    expect(formatChicagoBibliography(none, { accessed }).text).toBe(
      `Mikoyan, Anastas Ivanovich. “A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy.” Translated by David Wolff. n.d. Archive of Foreign Policy of the Russian Federation (AVP RF). Wilson Center Digital Archive. Accessed January 5, 2025. ${U3}.`,
    );
    expect(formatMla(none, { accessed }).text).toBe(
      `Mikoyan, Anastas Ivanovich. “A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy.” Translated by David Wolff. Archive of Foreign Policy of the Russian Federation (AVP RF), Wilson Center Digital Archive, ${U3}. Accessed 5 Jan. 2025.`,
    );
    expect(formatApa(none, { accessed }).text).toContain('Mikoyan, A. I. (n.d.). A.I.');
    expect(formatSiteCitation(none).text).toContain('Robert Kennedy", n.d., Wilson Center');
  });
  it('a date the parser could not read is printed as the page shows it', () => {
    const literal = variant(MIKOYAN, { issued: { literal: 'Autumn 1962' }, dateText: 'Autumn 1962' });
    expect(formatChicagoNote(literal).text).toContain('trans. David Wolff, Autumn 1962, Archive');
    expect(formatApa(literal).text).toContain('(Autumn 1962).');
  });
  it('ranges share their month and year', () => {
    const range = variant(HAO_DEQING, { issued: { 'date-parts': [[1956, 11, 2], [1956, 11, 4]] } });
    expect(formatChicagoNote(range).text).toContain('Jones, November 2–4, 1956, PRC');
    expect(formatMla(range).text).toContain('Jones, 2–4 Nov. 1956, pp. 97–101. PRC');
    expect(formatApa(range).text).toContain('(1956, November 2–4).');
    const circa = variant(HAO_DEQING, { issued: { 'date-parts': [[1956]], circa: true } });
    expect(formatChicagoNote(circa).text).toContain('Jones, ca. 1956, PRC');
  });
});

describe('names and punctuation', () => {
  const four = variant(MIKOYAN, {
    author: [
      { family: 'Mikoyan', given: 'Anastas Ivanovich' },
      { family: 'Dobrynin', given: 'Anatoly' },
      { family: 'Bubnov', given: 'Igor' },
      { family: 'Kennedy', given: 'Robert' },
    ],
  });
  it('four authors: et al. in notes, all six or fewer in the bibliography', () => {
    expect(formatChicagoNote(four).text).toMatch(/^Anastas Ivanovich Mikoyan et al\., “A\.I\./);
    expect(formatChicagoShortNote(four).text).toMatch(/^Mikoyan et al\., “/);
    expect(formatChicagoBibliography(four).text).toMatch(
      /^Mikoyan, Anastas Ivanovich, Anatoly Dobrynin, Igor Bubnov, and Robert Kennedy\. “A\.I\./,
    );
    expect(formatApa(four).text).toMatch(/^Mikoyan, A\. I\., Dobrynin, A\., Bubnov, I\., & Kennedy, R\. \(1962/);
  });
  it('an organization as author is written as is; no author is never "Anonymous"', () => {
    const org = variant(MIKOYAN, { author: [{ literal: 'Japan. Foreign Ministry' }] });
    expect(formatChicagoBibliography(org).text).toMatch(/^Japan\. Foreign Ministry\. “A\.I\./);
    for (const s of CITATION_STYLES) expect(s.format(HAO_DEQING).text).not.toMatch(/anonymous|anon\./i);
  });
  it('a title ending in a question mark keeps it instead of the comma or period', () => {
    const q = variant(MIKOYAN, { title: 'Who Ordered the Missiles?' });
    expect(formatChicagoNote(q).text).toContain('“Who Ordered the Missiles?” trans. David Wolff');
    expect(formatChicagoBibliography(q).text).toContain('“Who Ordered the Missiles?” Translated by');
  });
  it('values are escaped in html and kept whole in text', () => {
    const evil = variant(MIKOYAN, { title: 'A <script>alert(1)</script> & "B"' });
    for (const s of CITATION_STYLES) {
      const c = s.format(evil);
      expect(c.html).not.toContain('<script>');
      expect(c.html).toContain('&lt;script&gt;');
      expect(c.text).toContain('<script>alert(1)</script> &');
    }
  });
  it('links only http(s) URLs', () => {
    const js = variant(MIKOYAN, { URL: 'javascript:alert(1)' });
    for (const s of CITATION_STYLES) expect(s.format(js).html).not.toContain('<a ');
  });
  it('every style but the short note gives the stable record URL', () => {
    const full = CITATION_STYLES.filter((s) => s.id !== 'chicago-short');
    for (const s of full) for (const r of [HAO_DEQING, KATORI, MIKOYAN]) expect(s.format(r).text).toContain(r.URL);
  });
});
