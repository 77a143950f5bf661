/**
 * The one table of deliberate differences from citeproc-js + the official CSL styles, used by oracle.test.ts.
 * DELIBERATE-DIFFERENCES.md explains each reason; `citeproc` is citeproc's exact output, so a change in citeproc,
 * in the styles or in our CSL-JSON export shows up as a failing test instead of passing silently.
 */

export type OracleForm = 'chicago-note' | 'chicago-short' | 'chicago-bib' | 'mla' | 'apa';

export const REASONS = {
  'translator-as-author': 'CSL substitutes the translators for a missing author; our rule is title first, translators after it.',
  'archive-location': "citeproc's archive_location handling: archive dropped when there is no call number, abbreviation split from the call number, pages before the archive.",
  'database-name': 'The Digital Archive (CSL `source`) is not printed by the Chicago and APA styles; we name the database the document was read in.',
  'chicago-date-comma': 'The Chicago style joins a manuscript date to the preceding element with a space, not a comma.',
  'nested-quote-comma': 'citeproc drops the comma after a title that ends in a closing inner quotation mark.',
  'chicago-genre': 'The Chicago style prints the document type after the title; Digital Archive titles already name it.',
  'chicago-bib-periods': 'The Chicago style runs translator and date together with a comma in the bibliography; CMOS separates elements with periods.',
  'mla-title-quotes': 'The MLA style italicizes a title without container-title; a document in a database is a contained work and takes quotation marks.',
  'apa-full-date': 'apa.csl prints only the year for a manuscript; APA 7 gives archival documents their full date.',
  'apa-inner-quotes': 'citeproc keeps the inner ‘…’ of a title it moves to the author position; once the title is in italics rather than quotes, its inner title takes double quotes (as citeproc itself does elsewhere).',
  'apa-archive-parenthetical': 'apa.csl puts the call number and pages in the title parenthetical (as for an online database); APA 9.30 puts them with the archive.',
} as const;

export interface DeliberateDifference {
  fixture: string;
  form: OracleForm;
  citeproc: string;
  reasons: Array<keyof typeof REASONS>;
}

export const DELIBERATE_DIFFERENCES: DeliberateDifference[] = [
  {
    fixture: 'cable-hao-deqing-1956',
    form: 'chicago-note',
    citeproc:
      "Péter Vámos and Gwenyth A. Jones, trans., “Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing’” November 2, 1956, 97–101, PRC FMA, 109-01041-01, https://digitalarchive.wilsoncenter.org/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing.",
    reasons: ['translator-as-author', 'nested-quote-comma', 'chicago-date-comma', 'archive-location', 'database-name'],
  },
  {
    fixture: 'cable-hao-deqing-1956',
    form: 'chicago-short',
    citeproc:
      "Vámos and Jones, “On the Meeting between Imre Nagy and Ambassador Hao Deqing.”",
    reasons: ['translator-as-author'],
  },
  {
    fixture: 'cable-hao-deqing-1956',
    form: 'chicago-bib',
    citeproc:
      "Vámos, Péter, and Gwenyth A. Jones, trans. “Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing,’” November 2, 1956, 97–101. PRC FMA, 109-01041-01. https://digitalarchive.wilsoncenter.org/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing.",
    reasons: ['translator-as-author', 'chicago-bib-periods', 'archive-location', 'database-name'],
  },
  {
    fixture: 'cable-hao-deqing-1956',
    form: 'mla',
    citeproc:
      "Vámos, Péter, and Gwenyth A. Jones, translators. Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing.’ 2 Nov. 1956, pp. 97–101. PRC FMA, 109-01041-01, Wilson Center Digital Archive, https://digitalarchive.wilsoncenter.org/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing.",
    reasons: ['translator-as-author', 'mla-title-quotes', 'archive-location'],
  },
  {
    fixture: 'cable-hao-deqing-1956',
    form: 'apa',
    citeproc:
      "Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing’ (P. Vámos & G. A. Jones, Trans.; 109-01041-01; pp. 97–101). (1956). PRC FMA. https://digitalarchive.wilsoncenter.org/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing",
    reasons: ['apa-full-date', 'apa-archive-parenthetical', 'database-name', 'apa-inner-quotes'],
  },
  {
    fixture: 'cable-katori-deng-1984',
    form: 'chicago-note',
    citeproc:
      "Xiaoping Deng et al., “Cable from Ambassador Katori to the Foreign Minister, ‘Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping),’” trans. Ryo C. Kato March 25, 1984, https://digitalarchive.wilsoncenter.org/document/118849.",
    reasons: ['chicago-date-comma', 'archive-location', 'database-name'],
  },
  {
    fixture: 'cable-katori-deng-1984',
    form: 'chicago-bib',
    citeproc:
      "Deng, Xiaoping, Yasuhiro Nakasone, and Yasue Katori. “Cable from Ambassador Katori to the Foreign Minister, ‘Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping).’” Translated by Ryo C. Kato, March 25, 1984. https://digitalarchive.wilsoncenter.org/document/118849.",
    reasons: ['chicago-bib-periods', 'archive-location', 'database-name'],
  },
  {
    fixture: 'cable-katori-deng-1984',
    form: 'mla',
    citeproc:
      "Deng, Xiaoping, et al. Cable from Ambassador Katori to the Foreign Minister, “Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping).” Translated by Ryo C. Kato, 25 Mar. 1984. Diplomatic Archives of the Ministry of Foreign Affairs of Japan, Wilson Center Digital Archive, https://digitalarchive.wilsoncenter.org/document/118849.",
    reasons: ['mla-title-quotes'],
  },
  {
    fixture: 'cable-katori-deng-1984',
    form: 'apa',
    citeproc:
      "Deng, X., Nakasone, Y., & Katori, Y. (1984). Cable from Ambassador Katori to the Foreign Minister, “Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping)” (R. C. Kato, Trans.). Diplomatic Archives of the Ministry of Foreign Affairs of Japan. https://digitalarchive.wilsoncenter.org/document/118849",
    reasons: ['apa-full-date', 'database-name'],
  },
  {
    fixture: 'memorandum-mikoyan-kennedy-1962',
    form: 'chicago-note',
    citeproc:
      "Anastas Ivanovich Mikoyan, “A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy,” Memorandum, trans. David Wolff November 30, 1962, https://digitalarchive.wilsoncenter.org/document/111210.",
    reasons: ['chicago-genre', 'chicago-date-comma', 'archive-location', 'database-name'],
  },
  {
    fixture: 'memorandum-mikoyan-kennedy-1962',
    form: 'chicago-bib',
    citeproc:
      "Mikoyan, Anastas Ivanovich. “A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy.” Memorandum. Translated by David Wolff, November 30, 1962. https://digitalarchive.wilsoncenter.org/document/111210.",
    reasons: ['chicago-genre', 'chicago-bib-periods', 'archive-location', 'database-name'],
  },
  {
    fixture: 'memorandum-mikoyan-kennedy-1962',
    form: 'mla',
    citeproc:
      "Mikoyan, Anastas Ivanovich. A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy. Translated by David Wolff, 30 Nov. 1962. Archive of Foreign Policy of the Russian Federation (AVP RF), Wilson Center Digital Archive, https://digitalarchive.wilsoncenter.org/document/111210.",
    reasons: ['mla-title-quotes'],
  },
  {
    fixture: 'memorandum-mikoyan-kennedy-1962',
    form: 'apa',
    citeproc:
      "Mikoyan, A. I. (1962). A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy (D. Wolff, Trans.) [Memorandum]. Archive of Foreign Policy of the Russian Federation (AVP RF). https://digitalarchive.wilsoncenter.org/document/111210",
    reasons: ['apa-full-date', 'database-name'],
  },
];
