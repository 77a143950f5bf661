import { describe, expect, it } from 'vitest';
import { splitSource } from '../../lib/parse/source';
import type { SourceLine } from '../../lib/record';

/**
 * Real Source lines with their split written by hand. Where each line comes from:
 * F = tests/fixtures, C = ../shared/da-pages nhamby CSV, W = banned-historical-archives29 wcda/<slug>/index.html
 * @ a7dbc6d8 (read with read_file). `pills` are the page's Original Archive names.
 */
const UNSPLIT_ARCHIVE = 'The archive part of the Source line was kept as written; its reference and pages were not split.';
const UNFAMILIAR = 'The Source line has an unfamiliar shape; kept as written.';
const BARCH = { abbreviation: 'BArch', name: 'German Federal Archives (BArch)' };

const CASES: Array<{ from: string; text: string; pills?: string[]; expected: Omit<SourceLine, 'text'>; warning?: string }> = [
  {
    from: 'F cable-hao-deqing-1956 (seed)',
    text: 'PRC FMA 109-01041-01, 97-101. Obtained by Péter Vámos and translated by Péter Vámos and Gwenyth A. Jones.',
    expected: {
      archive: { abbreviation: 'PRC FMA', name: 'Chinese Foreign Ministry Archives (PRC FMA)' },
      reference: '109-01041-01',
      pages: '97-101',
      obtainedBy: ['Péter Vámos'],
      translatedBy: ['Péter Vámos', 'Gwenyth A. Jones'],
    },
  },
  {
    from: 'F cable-katori-deng-1984',
    text: '2002-113, Act on Access to Information Held by Administrative Organs. Also available at the Diplomatic Archives of the Ministry of Foreign Affairs of Japan. Obtained for CWIHP by Yutaka Kanda and translated by Ryo C. Kato.',
    pills: ['Diplomatic Archives of the Ministry of Foreign Affairs of Japan'],
    expected: { obtainedBy: ['Yutaka Kanda'], translatedBy: ['Ryo C. Kato'] },
    warning: UNSPLIT_ARCHIVE,
  },
  {
    from: 'F memorandum-mikoyan-kennedy-1962',
    text: 'AVP RF; copy obtained by NHK, provided to CWIHP, and on file at National Security Archive; translated by David Wolff, CWIHP',
    expected: {
      archive: { abbreviation: 'AVP RF', name: 'Archive of Foreign Policy of the Russian Federation (AVP RF)' },
      obtainedBy: ['NHK'],
      translatedBy: ['David Wolff', 'CWIHP'],
    },
  },
  {
    from: 'F telephone-bierut-stalin-1946',
    text: 'AAN, KC PZPR, 2724, k. 181-86.',
    expected: {
      archive: { abbreviation: 'AAN', name: 'Polish Archive of Modern Records (AAN)' },
      reference: 'KC PZPR, 2724',
      pages: '181-86',
    },
  },
  {
    from: 'C letter-jawaharlal-nehru-all-provincial-premiers',
    text: 'Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1.',
    pills: ['Nehru Memorial Museum and Library (NMML)'],
    expected: {
      archive: { abbreviation: 'NMML', name: 'Nehru Memorial Museum and Library (NMML)' },
      repository: 'Nehru Memorial Museum and Library',
      reference: 'File No. JNSG, vol. 21-1',
    },
  },
  {
    from: 'C economic-cooperation-division-… (and three more rows with the same line)',
    text: 'Diplomatic Archives of the Ministry of Foreign Affairs of Japan, File A’0392 (Microfilm). Contributed by Robert Hoppens and translated by Stephen Mercado.',
    pills: ['Diplomatic Archives of the Ministry of Foreign Affairs of Japan'],
    expected: {
      repository: 'Diplomatic Archives of the Ministry of Foreign Affairs of Japan',
      reference: 'File A’0392 (Microfilm)',
      contributedBy: ['Robert Hoppens'],
      translatedBy: ['Stephen Mercado'],
    },
  },
  ...(
    [
      ['403-410', 'meeting-british-pm-blair'],
      ['396-402', 'conversation-portuguese-prime-minister-guterres'],
      ['335-336', 'conversation-president-ukraine-leonid-kuchma'],
      ['326-334', 'conversation-kazakhstans-president-nazarbayev'],
      ['376-385', 'meeting-russian-president-yeltsin'],
      ['297-301', 'telephone-conversation-polish-president-kwasniewski'],
    ] as const
  ).map(([pages, slug]) => ({
    from: `C chancellors-helmut-kohls-${slug}`,
    text: `BArch, B 136/59748, ${pages}. Contributed, transcribed, and translated by Stephan Kieninger.`,
    expected: {
      archive: BARCH,
      reference: 'B 136/59748',
      pages,
      contributedBy: ['Stephan Kieninger'],
      transcribedBy: ['Stephan Kieninger'],
      translatedBy: ['Stephan Kieninger'],
    },
  })),
  {
    from: 'W cable-anastas-mikoyan-joseph-stalin',
    text: 'Provided to the National Security Archive/Svetlana Savranskaya by Sergo Mikoyan. With permission of the National Security Archive. Translated by Sergey Radchenko.',
    pills: ['National Security Archive, George Washington University'],
    expected: { providedBy: ['Sergo Mikoyan'], translatedBy: ['Sergey Radchenko'] },
  },
  {
    from: 'W aleksandr-antonov-1917-1921-case-folder-7-chekist-anthology',
    text: 'Contributed to CWIHP by Vasili Mitrokhin.',
    expected: { contributedBy: ['Vasili Mitrokhin'] },
  },
  {
    from: 'W cable-ambassador-pauls-foreign-office',
    text: 'Institut für Zeitgeschichte, ed., Akten zur auswärtigen Politik der Bundesrepublik Deutschland: 1973. 1. Oktober bis 31. Dezember 1973. (München: Oldenbourg, 2004). Translated by Bernd Schaefer.',
    expected: { translatedBy: ['Bernd Schaefer'] },
    warning: UNSPLIT_ARCHIVE,
  },
  {
    from: 'W american-embassy-rome-telegram-1451-secretary-state-washington-dc (citation text)',
    text: 'National Archives and Records Administration, Record Group 84, Rome Embassy Classified General Records 1946-1964, Box 125, 430.1 Italy and IRBM and NATO 1962 1963 1964. Contributed by Bill Burr and Leopoldo Nuti.',
    expected: { contributedBy: ['Bill Burr', 'Leopoldo Nuti'] },
    warning: UNSPLIT_ARCHIVE,
  },
  {
    from: 'W anatoly-chernyaev-notes-meeting-politburo',
    text: 'Archive of the Gorbachev Foundation, Fond 2, Opis 3, Notes of A.S. Chernyaev.',
    pills: ['Gorbachev Foundation Archives'],
    expected: {},
    warning: UNFAMILIAR,
  },
  {
    from: 'W ambassador-reis-malile-information-meeting-government-level-economic-delegation-led',
    text: 'Arkivi Qendror Shtetëror (Central State Archives, Tirana, Albania), Fondi 14/AP, Marrëdhëniet me Partinë Komuniste të Kinës, V. 1962, Dos. 31, Fl. 2-5. Contributed and translated by Elidor Mëhilli.',
    pills: ['National Archives of Albania (AQSH)'],
    expected: { contributedBy: ['Elidor Mëhilli'], translatedBy: ['Elidor Mëhilli'] },
    warning: UNSPLIT_ARCHIVE,
  },
  {
    from: 'W antonio-rubbi-note-reserved-comrades-berlinguer-gc-pajetta-and-bufalini',
    text: 'Fondazione Istituto Gramsci, Archivio Partito comunista italiano, Cina, 8212, 0146-0149.',
    pills: ['Fondazione Istituto Gramsci (Gramsci Institute Foundation)'],
    expected: {
      repository: 'Fondazione Istituto Gramsci',
      reference: 'Archivio Partito comunista italiano, Cina, 8212',
      pages: '0146-0149',
    },
  },
  {
    from: 'W bilateral-relations-between-democratic-peoples-republic-korea-and-german-democratic',
    text: 'Archive of the Romanian Ministry of Foreign Affairs, Folder 929/1977, Issue 220/E: Bilateral relations between the Democratic People’s Republic of Korea and several socialist countries in Europe (the Socialist Federal Republic of Yugoslavia, the People’s Republic of Poland, the German Democratic Republic and the People’s Republic of Hungary), April – December 1977. Obtained and translated for NKIDP by Eliza Gheorghe.',
    pills: ['Diplomatic Archive of the Romanian Ministry of Foreign Affairs (AMAE)'],
    expected: { obtainedBy: ['Eliza Gheorghe'], translatedBy: ['Eliza Gheorghe'] },
    warning: UNSPLIT_ARCHIVE,
  },
  {
    from: 'W cable-8th-directorate-ussr-armed-forces-general-staff-cdes-shtykov-and-vasilyev',
    text: 'RGASPI. F. 558, op. 11. d. 334, pp. 142-44. Translated by Gary Goldberg.',
    expected: {
      archive: { abbreviation: 'RGASPI', name: 'Russian State Archive of Socio-Political History (RGASPI)' },
      reference: 'F. 558, op. 11. d. 334',
      pages: '142-44',
      translatedBy: ['Gary Goldberg'],
    },
  },
  {
    from: 'W bulgarian-intelligence-analysis-us-greek-relations',
    text: 'Central State Archive, Sofia, Fond 378-B, File 1190/4. Translated by Vanja Petkova, Edited by Dr. Rositza Ishpekova and Kalin Kanchev, and obtained by the Bulgarian Cold War Research Group.',
    pills: ['Central State Archive of Bulgaria (TsDA)'],
    expected: {
      translatedBy: ['Vanja Petkova'],
      editedBy: ['Dr. Rositza Ishpekova', 'Kalin Kanchev'],
      obtainedBy: ['Bulgarian Cold War Research Group'],
    },
    warning: UNSPLIT_ARCHIVE,
  },
  {
    from: 'W cable-ccp-central-committee-reply-zhou-enlais-cable-3-june-1954',
    text: 'Waijiaobu Dang’anguan ed., Yijiuwusi nian Rineiwa huiyi (The Geneva Conference of 1954) (Beijing: Shijie zhishi chubanshe, 2006), 384. Translated by Yafeng Xia.',
    pills: ['Chinese Foreign Ministry Archives (PRC FMA)'],
    expected: { translatedBy: ['Yafeng Xia'] },
    warning: UNSPLIT_ARCHIVE,
  },
];

describe('splitSource on real Source lines', () => {
  it('holds at least 20 real lines', () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  for (const c of CASES) {
    it(`${c.from}: ${c.text.slice(0, 60)}`, () => {
      const split = splitSource(c.text, c.pills);
      expect(split.source).toEqual({ text: c.text, ...c.expected });
      expect(split.warning).toBe(c.warning);
    });
  }
});

describe('splitSource never guesses', () => {
  it('keeps an unknown abbreviation whole, with a warning', () => {
    const split = splitSource('XYZ 12-34, 5-6. Translated by Ann Lee.');
    expect(split.source).toEqual({ text: 'XYZ 12-34, 5-6. Translated by Ann Lee.', translatedBy: ['Ann Lee'] });
    expect(split.warning).toBe(UNSPLIT_ARCHIVE);
  });

  it('confirms an abbreviation the table lacks from the page’s own Original Archive pill', () => {
    const split = splitSource('XYZA, f. 2, 10-12.', ['Some Archive (XYZA)']);
    expect(split.source).toEqual({
      text: 'XYZA, f. 2, 10-12.',
      archive: { abbreviation: 'XYZA', name: 'Some Archive (XYZA)' },
      reference: 'f. 2',
      pages: '10-12',
    });
  });

  it('gives up on absurdly long lines', () => {
    const text = 'PRC FMA '.repeat(1000);
    expect(splitSource(text)).toEqual({ source: { text }, warning: 'The Source line is unusually long; kept as written.' });
  });
});
