// Synthetic but realistic saved records for scale tests and the benchmark: varied titles, dates, archives,
// languages and types, about 2 KB each, as a Dossier backup file.

const PLACES = ['Budapest', 'Moscow', 'Beijing', 'Warsaw', 'Havana', 'Berlin', 'Tokyo', 'Hanoi', 'Prague', 'Belgrade'];
const KINDS = ['Cable', 'Memorandum of Conversation', 'Telegram', 'Report', 'Letter', 'Minutes'];
const LANGS = ['Russian', 'Chinese', 'Hungarian', 'German', 'Japanese', 'Polish'];
const ARCHIVES = [
  ['PRC FMA', null],
  ['AVP RF', 'Archive of Foreign Policy of the Russian Federation (AVP RF)'],
  ['BArch', 'German Federal Archives (BArch)'],
];
const RIGHTS = [
  'The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational purposes. Some documents may be subject to copyright, which is retained by the rights holders in accordance with US and international copyright laws. When possible, rights holders have been contacted for permission to reproduce their materials.',
  "To enquire about this document's rights status or request permission for commercial use, please contact the History and Public Policy Program at HAPP@wilsoncenter.org.",
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Some titles in the original languages, to see that non-Latin and long text wraps cleanly.
const NATIVE_TITLES = {
  3: (i) => `Запись беседы посла СССР с Первым секретарём ЦК ВПТ Яношем Кадаром о положении в Венгрии и о мерах по укреплению народной власти, № ${i}`,
  5: (i) => `中华人民共和国驻匈牙利大使馆关于纳吉·伊姆雷与郝德青大使会谈情况的电报 第${i}号`,
  6: (i) => `Feljegyzés Kádár János és a kínai nagykövet beszélgetéséről a magyarországi helyzetről, ${i}. szám`,
};

export function makeRecord(i) {
  const place = PLACES[i % PLACES.length];
  const kind = KINDS[i % KINDS.length];
  const native = NATIVE_TITLES[i % 7];
  const year = 1945 + (i % 46);
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  const [abbr, name] = ARCHIVES[i % ARCHIVES.length];
  const recordId = String(200000 + i);
  const ref = `${100 + (i % 900)}-${String(i).padStart(5, '0')}-01`;
  const source = `${abbr} ${ref}, ${10 + (i % 50)}-${20 + (i % 50)}. Obtained by Researcher ${i % 97} and translated by Translator ${i % 89}.`;
  return {
    type: 'manuscript',
    title: native ? native(i) : `${kind} from the Embassy in ${place} on the situation, no. ${i}`,
    issued: { 'date-parts': [[year, month, day]] },
    dateText: `${MONTHS[month - 1]} ${day}, ${year}`,
    abstract: `The embassy in ${place} reports on political developments in ${year}, including conversations with officials and the state of relations between the parties. Record ${i}.`,
    genre: kind,
    languages: [LANGS[i % LANGS.length]],
    language: LANGS[i % LANGS.length],
    source: { text: source, archive: name ? { abbreviation: abbr, name } : { abbreviation: abbr }, reference: ref, pages: `${10 + (i % 50)}-${20 + (i % 50)}` },
    archive_location: ref,
    archive: name ?? undefined,
    recordId,
    nodeId: String(80000 + i),
    slug: `${kind.toLowerCase().replace(/\W+/g, '-')}-embassy-${place.toLowerCase()}-${i}`,
    URL: `https://digitalarchive.wilsoncenter.org/document/${recordId}`,
    canonicalUrl: `https://digitalarchive.wilsoncenter.org/document/${kind.toLowerCase().replace(/\W+/g, '-')}-embassy-${place.toLowerCase()}-${i}`,
    pageUrl: `https://digitalarchive.wilsoncenter.org/document/${kind.toLowerCase().replace(/\W+/g, '-')}-embassy-${place.toLowerCase()}-${i}`,
    places: [place],
    subjects: [`${place}--Foreign relations`],
    rights: RIGHTS,
  };
}

export function makeSavedItem(i, base = Date.UTC(2026, 0, 1)) {
  const record = makeRecord(i);
  const at = new Date(base + i * 60000).toISOString();
  return {
    schemaVersion: 1,
    key: `rid:${record.recordId}`,
    record,
    savedAt: at,
    updatedAt: at,
    tags: i % 10 === 0 ? ['to-read'] : [],
    note: '',
    source: { pageUrl: record.pageUrl, capturedFrom: 'popup' },
  };
}

/** A backup file in the oldest format Dossier reads (version 1: items as saved), so import must upgrade it. */
export function makeBackupFile(n) {
  const items = Array.from({ length: n }, (_, i) => makeSavedItem(i));
  return JSON.stringify({ format: 'dossier-backup', version: 1, exportedAt: new Date(Date.UTC(2026, 5, 1)).toISOString(), count: n, items });
}
