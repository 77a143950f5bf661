import { describe, expect, it } from 'vitest';
import { parseRecordPage } from '../../lib/parse/record-page';
import type { DossierRecord } from '../../lib/record';
import { fixtureDocument } from '../helpers/fixtures';

// Every expected record below was written by reading the fixture pages, not by running the parser.

const DA = 'https://digitalarchive.wilsoncenter.org';
const RIGHTS = [
  'The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational purposes. Some documents may be subject to copyright, which is retained by the rights holders in accordance with US and international copyright laws. When possible, rights holders have been contacted for permission to reproduce their materials.',
  "To enquire about this document's rights status or request permission for commercial use, please contact the History and Public Policy Program at HAPP@wilsoncenter.org.",
];

function parse(fixture: string, url: string) {
  const result = parseRecordPage(fixtureDocument(fixture, url), url);
  if (result.kind !== 'record') throw new Error(`not a record: ${result.reason}`);
  return result;
}

describe('memorandum-mikoyan-kennedy-1962.html', () => {
  const url = `${DA}/document/ai-mikoyan-memorandum-conversation-robert-kennedy`;
  const avp = 'Archive of Foreign Policy of the Russian Federation (AVP RF)';
  const source = 'AVP RF; copy obtained by NHK, provided to CWIHP, and on file at National Security Archive; translated by David Wolff, CWIHP';
  const expected: DossierRecord = {
    type: 'manuscript',
    title: 'A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy',
    issued: { 'date-parts': [[1962, 11, 30]] },
    author: [{ family: 'Mikoyan', given: 'Anastas Ivanovich' }],
    translator: [{ family: 'Wolff', given: 'David' }, { literal: 'CWIHP' }],
    abstract:
      'A meeting in which Mikoyan recounts a dinner in which American officials and Soviet officials discuss the future of Soviet-American relations.',
    genre: 'Memorandum',
    genres: ['Memorandum'],
    language: 'Russian',
    languages: ['Russian'],
    archive: avp,
    originalArchives: [avp],
    URL: `${DA}/document/111210`,
    dateText: 'November 30, 1962',
    source: {
      text: source,
      archive: { abbreviation: 'AVP RF', name: avp },
      obtainedBy: ['NHK'],
      translatedBy: ['David Wolff', 'CWIHP'],
    },
    uploadedDate: '2011-11-20',
    recordId: '111210',
    nodeId: '87809',
    slug: 'ai-mikoyan-memorandum-conversation-robert-kennedy',
    canonicalUrl: url,
    pageUrl: url,
    places: ['Cuba'],
    topics: ['Cuban Missile Crisis', 'United States-Soviet Relations'],
    subjects: ['Soviet Union--Foreign relations--United States'],
    rights: RIGHTS,
    downloadUrl: `${DA}/document/87809/download`,
    tabs: ['translation'],
    siteCitation: `"A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy", November 30, 1962, Wilson Center Digital Archive, ${source}`,
  };

  it('parses to the hand-written record with no warnings', () => {
    const { record, warnings } = parse('memorandum-mikoyan-kennedy-1962.html', url);
    expect(record).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it('reads the same record from its /node/ address, keeping that address as pageUrl', () => {
    const nodeUrl = `${DA}/node/87809`;
    const { record } = parse('memorandum-mikoyan-kennedy-1962.html', nodeUrl);
    expect(record).toEqual({ ...expected, pageUrl: nodeUrl });
  });

  it('reads a Wayback Machine copy as the original record and keeps the copy', () => {
    const wb = `https://web.archive.org/web/20250105081058/${url}`;
    const { record } = parse('memorandum-mikoyan-kennedy-1962.html', wb);
    expect(record).toEqual({ ...expected, wayback: { url: wb, timestamp: '20250105081058' } });
  });
});

describe('cable-katori-deng-1984.html', () => {
  const url = `${DA}/document/cable-ambassador-katori-foreign-minister-prime-minister-visit-china-conversation-chairman`;
  const mofa = 'Diplomatic Archives of the Ministry of Foreign Affairs of Japan';
  const source =
    '2002-113, Act on Access to Information Held by Administrative Organs. Also available at the Diplomatic Archives of the Ministry of Foreign Affairs of Japan. Obtained for CWIHP by Yutaka Kanda and translated by Ryo C. Kato.';
  const title =
    "Cable from Ambassador Katori to the Foreign Minister, 'Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping)'";

  it('parses to the hand-written record; the unsplit archive part is reported', () => {
    const { record, warnings } = parse('cable-katori-deng-1984.html', url);
    expect(record).toEqual({
      type: 'manuscript',
      title,
      issued: { 'date-parts': [[1984, 3, 25]] },
      author: [
        { family: 'Deng', given: 'Xiaoping' },
        { family: 'Nakasone', given: 'Yasuhiro' },
        { family: 'Katori', given: 'Yasue' },
      ],
      translator: [{ family: 'Kato', given: 'Ryo C.' }],
      abstract:
        'Deng Xiaoping and Nakasone Yasuhiro discuss how to strengthen Sino-Japanese relations, focusing in particular on the expansion of economic ties between the two countries.',
      language: 'Japanese',
      languages: ['Japanese'],
      archive: mofa,
      originalArchives: [mofa],
      URL: `${DA}/document/118849`,
      dateText: 'March 25, 1984',
      source: { text: source, obtainedBy: ['Yutaka Kanda'], translatedBy: ['Ryo C. Kato'] },
      uploadedDate: '2013-11-18',
      recordId: '118849',
      nodeId: '94474',
      slug: 'cable-ambassador-katori-foreign-minister-prime-minister-visit-china-conversation-chairman',
      canonicalUrl: url,
      pageUrl: url,
      peopleAndOrganizations: ['Wu, Xueqian'],
      places: ['China', 'Japan'],
      topics: ['Sino-Japanese Relations', 'Reform and Opening in China, 1978-', 'Conversations with Deng Xiaoping'],
      subjects: [
        'China--Foreign relations--Japan',
        'China--Economic policy--1976-2000',
        'China--Foreign economic relations--Japan',
      ],
      donors: ['MacArthur Foundation', 'Leon Levy Foundation'],
      funders: ['MacArthur Foundation'],
      rights: RIGHTS,
      scanUrl: `${DA}/sites/default/files/shared-media/imported_document_original_file/1984_03_25_PM_Visit_Deng_Xiaoping_1.pdf`,
      downloadUrl: `${DA}/document/94474/download`,
      tabs: ['original', 'translation'],
      siteCitation: `"${title}", March 25, 1984, Wilson Center Digital Archive, ${source}`,
    } satisfies DossierRecord);
    expect(warnings).toEqual([
      'The archive part of the Source line was kept as written; its reference and pages were not split.',
    ]);
  });
});

describe('cable-hao-deqing-1956.html (the seed record)', () => {
  const url = `${DA}/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing`;
  const fma = 'Chinese Foreign Ministry Archives (PRC FMA)';
  const source =
    'PRC FMA 109-01041-01, 97-101. Obtained by Péter Vámos and translated by Péter Vámos and Gwenyth A. Jones.';

  it('splits the Source into PRC FMA / 109-01041-01 / 97-101 / Vámos / Vámos and Jones', () => {
    const { record, warnings } = parse('cable-hao-deqing-1956.html', url);
    expect(record).toEqual({
      type: 'manuscript',
      title: 'Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing’',
      issued: { 'date-parts': [[1956, 11, 2]] },
      translator: [
        { family: 'Vámos', given: 'Péter' },
        { family: 'Jones', given: 'Gwenyth A.' },
      ],
      abstract: 'The Chinese Embassy in Hungary provides a lengthy report on the talks between Imre Nagy and Hao Deqing.',
      archive: fma,
      archive_location: '109-01041-01',
      page: '97-101',
      URL: url,
      dateText: 'November 2, 1956',
      source: {
        text: source,
        archive: { abbreviation: 'PRC FMA', name: fma },
        reference: '109-01041-01',
        pages: '97-101',
        obtainedBy: ['Péter Vámos'],
        translatedBy: ['Péter Vámos', 'Gwenyth A. Jones'],
      },
      slug: 'cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing',
      canonicalUrl: url,
      pageUrl: url,
      donors: ['MacArthur Foundation', 'Leon Levy Foundation'],
      funders: ['MacArthur Foundation'],
      rights: RIGHTS,
      tabs: ['translation'],
    } satisfies DossierRecord);
    expect(warnings).toEqual(['No Record ID found; the record will be kept under its page address.']);
  });
});

describe('telephone-bierut-stalin-1946.html', () => {
  const url = `${DA}/document/bieruts-telephone-conversation-stalin`;
  const aan = 'Polish Archive of Modern Records (AAN)';

  it('parses to the hand-written record with Type and an AAN reference with folios', () => {
    const { record, warnings } = parse('telephone-bierut-stalin-1946.html', url);
    expect(record).toEqual({
      type: 'manuscript',
      title: "Bierut's Telephone Conversation with Stalin",
      issued: { 'date-parts': [[1946, 4, 7]] },
      author: [
        { family: 'Stalin', given: 'Joseph' },
        { family: 'Bierut', given: 'Bolesław' },
      ],
      abstract:
        'Bierut and Stalin discuss the ecnonomic needs of post-war Poland in regards to grain and coal. Internal Polish politics are also discussed.',
      genre: 'Telephone Conversation',
      genres: ['Telephone Conversation'],
      language: 'Polish',
      languages: ['Polish'],
      archive: aan,
      archive_location: 'KC PZPR, 2724',
      page: '181-86',
      originalArchives: [aan],
      URL: `${DA}/document/134364`,
      dateText: 'April 7, 1946',
      source: {
        text: 'AAN, KC PZPR, 2724, k. 181-86.',
        archive: { abbreviation: 'AAN', name: aan },
        reference: 'KC PZPR, 2724',
        pages: '181-86',
      },
      uploadedDate: '2016-07-28',
      recordId: '134364',
      nodeId: '98581',
      slug: 'bieruts-telephone-conversation-stalin',
      canonicalUrl: url,
      pageUrl: url,
      places: ['Poland'],
      topics: ['Stalin and the Cold War'],
      subjects: ['Elections--Poland', 'Food supply--Poland'],
      rights: RIGHTS,
      downloadUrl: `${DA}/document/98581/download`,
      tabs: ['translation'],
      siteCitation:
        '"Bierut\'s Telephone Conversation with Stalin", April 7, 1946, Wilson Center Digital Archive, AAN, KC PZPR, 2724, k. 181-86.',
    } satisfies DossierRecord);
    expect(warnings).toEqual([]);
  });
});
