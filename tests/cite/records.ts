import type { DossierRecord } from '../../lib/record';

/*
 * The fixture records written by hand from reading the fixture pages (tests/fixtures/*.html), in the shape the
 * parser is moving to (people as {family, given}). Citation tests use these, not the parser, so they do not move
 * when the parser changes. Each value is what the page shows; comments say where a value is interpretation.
 */

const RIGHTS = [
  'The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational purposes. Some documents may be subject to copyright, which is retained by the rights holders in accordance with US and international copyright laws. When possible, rights holders have been contacted for permission to reproduce their materials.',
  "To enquire about this document's rights status or request permission for commercial use, please contact the History and Public Policy Program at HAPP@wilsoncenter.org.",
];

/** cable-hao-deqing-1956.html — the seed: no author, no Record ID (the URL is the canonical slug URL). */
export const HAO_DEQING: DossierRecord = {
  type: 'manuscript',
  title: 'Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing’',
  issued: { 'date-parts': [[1956, 11, 2]] },
  dateText: 'November 2, 1956',
  abstract: 'The Chinese Embassy in Hungary provides a lengthy report on the talks between Imre Nagy and Hao Deqing.',
  source: {
    text: 'PRC FMA 109-01041-01, 97-101. Obtained by Péter Vámos and translated by Péter Vámos and Gwenyth A. Jones.',
    archive: { abbreviation: 'PRC FMA' },
    reference: '109-01041-01',
    pages: '97-101',
    obtainedBy: ['Péter Vámos'],
    translatedBy: ['Péter Vámos', 'Gwenyth A. Jones'],
  },
  archive_location: '109-01041-01',
  page: '97-101',
  translator: [
    { family: 'Vámos', given: 'Péter' },
    { family: 'Jones', given: 'Gwenyth A.' },
  ],
  URL: 'https://digitalarchive.wilsoncenter.org/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing',
  pageUrl: 'https://digitalarchive.wilsoncenter.org/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing',
  slug: 'cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing',
  canonicalUrl:
    'https://digitalarchive.wilsoncenter.org/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing',
  donors: ['MacArthur Foundation', 'Leon Levy Foundation'],
  funders: ['MacArthur Foundation'],
  rights: RIGHTS,
  tabs: ['translation'],
};

/** cable-katori-deng-1984.html — three authors, a Source line of unfamiliar shape (no call number split out). */
export const KATORI: DossierRecord = {
  type: 'manuscript',
  title:
    "Cable from Ambassador Katori to the Foreign Minister, 'Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping)'",
  issued: { 'date-parts': [[1984, 3, 25]] },
  dateText: 'March 25, 1984',
  author: [
    { family: 'Deng', given: 'Xiaoping' },
    { family: 'Nakasone', given: 'Yasuhiro' },
    { family: 'Katori', given: 'Yasue' },
  ],
  abstract:
    'Deng Xiaoping and Nakasone Yasuhiro discuss how to strengthen Sino-Japanese relations, focusing in particular on the expansion of economic ties between the two countries.',
  languages: ['Japanese'],
  language: 'Japanese',
  originalArchives: ['Diplomatic Archives of the Ministry of Foreign Affairs of Japan'],
  archive: 'Diplomatic Archives of the Ministry of Foreign Affairs of Japan',
  source: {
    text: '2002-113, Act on Access to Information Held by Administrative Organs. Also available at the Diplomatic Archives of the Ministry of Foreign Affairs of Japan. Obtained for CWIHP by Yutaka Kanda and translated by Ryo C. Kato.',
  },
  // "translated by Ryo C. Kato" in the Source line.
  translator: [{ family: 'Kato', given: 'Ryo C.' }],
  uploadedDate: '2013-11-18',
  recordId: '118849',
  nodeId: '94474',
  slug: 'cable-ambassador-katori-foreign-minister-prime-minister-visit-china-conversation-chairman',
  canonicalUrl:
    'https://digitalarchive.wilsoncenter.org/document/cable-ambassador-katori-foreign-minister-prime-minister-visit-china-conversation-chairman',
  URL: 'https://digitalarchive.wilsoncenter.org/document/118849',
  pageUrl:
    'https://digitalarchive.wilsoncenter.org/document/cable-ambassador-katori-foreign-minister-prime-minister-visit-china-conversation-chairman',
  peopleAndOrganizations: ['Wu, Xueqian'],
  places: ['China', 'Japan'],
  topics: ['Sino-Japanese Relations', 'Reform and Opening in China, 1978-', 'Conversations with Deng Xiaoping'],
  subjects: ['China--Foreign relations--Japan', 'China--Economic policy--1976-2000', 'China--Foreign economic relations--Japan'],
  donors: ['MacArthur Foundation', 'Leon Levy Foundation'],
  funders: ['MacArthur Foundation'],
  rights: RIGHTS,
  scanUrl:
    'https://digitalarchive.wilsoncenter.org/sites/default/files/shared-media/imported_document_original_file/1984_03_25_PM_Visit_Deng_Xiaoping_1.pdf',
  downloadUrl: 'https://digitalarchive.wilsoncenter.org/document/94474/download',
  tabs: ['original', 'translation'],
  siteCitation:
    "\"Cable from Ambassador Katori to the Foreign Minister, 'Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping)'\", March 25, 1984, Wilson Center Digital Archive, 2002-113, Act on Access to Information Held by Administrative Organs. Also available at the Diplomatic Archives of the Ministry of Foreign Affairs of Japan. Obtained for CWIHP by Yutaka Kanda and translated by Ryo C. Kato.",
};

/** memorandum-mikoyan-kennedy-1962.html — one author, type "Memorandum", archive named by its pill. */
export const MIKOYAN: DossierRecord = {
  type: 'manuscript',
  title: 'A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy',
  issued: { 'date-parts': [[1962, 11, 30]] },
  dateText: 'November 30, 1962',
  author: [{ family: 'Mikoyan', given: 'Anastas Ivanovich' }],
  abstract:
    'A meeting in which Mikoyan recounts a dinner in which American officials and Soviet officials discuss the future of Soviet-American relations.',
  genre: 'Memorandum',
  languages: ['Russian'],
  language: 'Russian',
  originalArchives: ['Archive of Foreign Policy of the Russian Federation (AVP RF)'],
  archive: 'Archive of Foreign Policy of the Russian Federation (AVP RF)',
  source: {
    text: 'AVP RF; copy obtained by NHK, provided to CWIHP, and on file at National Security Archive; translated by David Wolff, CWIHP',
  },
  // "translated by David Wolff, CWIHP": the person is David Wolff; CWIHP is his affiliation.
  translator: [{ family: 'Wolff', given: 'David' }],
  uploadedDate: '2011-11-20',
  recordId: '111210',
  nodeId: '87809',
  slug: 'ai-mikoyan-memorandum-conversation-robert-kennedy',
  canonicalUrl: 'https://digitalarchive.wilsoncenter.org/document/ai-mikoyan-memorandum-conversation-robert-kennedy',
  URL: 'https://digitalarchive.wilsoncenter.org/document/111210',
  pageUrl: 'https://digitalarchive.wilsoncenter.org/document/ai-mikoyan-memorandum-conversation-robert-kennedy',
  places: ['Cuba'],
  topics: ['Cuban Missile Crisis', 'United States-Soviet Relations'],
  subjects: ['Soviet Union--Foreign relations--United States'],
  rights: RIGHTS,
  downloadUrl: 'https://digitalarchive.wilsoncenter.org/document/87809/download',
  tabs: ['translation'],
  siteCitation:
    '"A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy", November 30, 1962, Wilson Center Digital Archive, AVP RF; copy obtained by NHK, provided to CWIHP, and on file at National Security Archive; translated by David Wolff, CWIHP',
};

export const FIXTURE_RECORDS = { 'cable-hao-deqing-1956': HAO_DEQING, 'cable-katori-deng-1984': KATORI, 'memorandum-mikoyan-kennedy-1962': MIKOYAN };

/** Variants for the rules the fixtures do not exercise: month-only and year-only dates, no date, four authors. */
export function variant(base: DossierRecord, patch: Partial<DossierRecord>): DossierRecord {
  const r = { ...base, ...patch } as DossierRecord;
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete (r as unknown as Record<string, unknown>)[k];
  return r;
}
