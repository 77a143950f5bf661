import type { CslDate } from '../record';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

type Parts = [number] | [number, number] | [number, number, number];

function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i >= 0 ? i + 1 : undefined;
}

/** One date as the site writes it: "November 2, 1956", "November 1967", "1962", "2 November 1956". */
function parseSingle(s: string): Parts | undefined {
  const t = s.trim().replace(/\s+/g, ' ');
  let m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{3,4})$/.exec(t);
  if (m) {
    const month = monthIndex(m[1]);
    const day = Number(m[2]);
    if (month && day >= 1 && day <= 31) return [Number(m[3]), month, day];
  }
  m = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{3,4})$/.exec(t);
  if (m) {
    const month = monthIndex(m[2]);
    const day = Number(m[1]);
    if (month && day >= 1 && day <= 31) return [Number(m[3]), month, day];
  }
  m = /^([A-Za-z]+\.?),? (\d{3,4})$/.exec(t);
  if (m) {
    const month = monthIndex(m[1]);
    if (month) return [Number(m[2]), month];
  }
  m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(t);
  if (m) return m[3] ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[1]), Number(m[2])];
  m = /^(\d{4})$/.exec(t);
  if (m) return [Number(m[1])];
  return undefined;
}

function withCirca(parts: Parts[], circa: boolean): CslDate {
  return circa ? { 'date-parts': parts, circa } : { 'date-parts': parts };
}

/** Both ends of a range, the start borrowing what it leaves out from the end ("November 2-4, 1956"). */
function parseRange(start: string, end: string): [Parts, Parts] | undefined {
  const e = parseSingle(end);
  if (!e) return undefined;
  const s =
    parseSingle(start) ??
    parseSingle(`${start}, ${e[0]}`) ??
    (/^\d{1,2}$/.test(start) && e.length === 3 ? ([e[0], e[1], Number(start)] as Parts) : undefined);
  return s ? [s, e] : undefined;
}

/**
 * Parses a displayed date into CSL date parts with only the parts that exist — never an invented day.
 * Handles "c." / "circa" / "ca." prefixes and ranges ("1956-1957", "October 23 - November 4, 1956",
 * "November 2-4, 1956"). Returns undefined when the text is not a date we understand; the caller keeps the
 * text as shown.
 */
export function parseDisplayDate(text: string | undefined): CslDate | undefined {
  if (!text) return undefined;
  let t = text.trim().replace(/\s+/g, ' ');
  let circa = false;
  const c = /^(?:c\.|ca\.|circa|approximately)\s*/i.exec(t);
  if (c) {
    circa = true;
    t = t.slice(c[0].length);
  }
  const single = parseSingle(t);
  if (single) return withCirca([single], circa);
  // "November 2-4, 1956": the day range sits inside the date.
  const days = /^([A-Za-z]+\.?) (\d{1,2}) ?[-–] ?(\d{1,2}),? (\d{3,4})$/.exec(t);
  if (days) {
    const range = parseRange(`${days[1]} ${days[2]}`, `${days[1]} ${days[3]}, ${days[4]}`);
    if (range) return withCirca(range, circa);
  }
  const halves = t.split(/ ?[–—] ?| - | to |(?<=^\d{4})-(?=\d{4}$)/);
  if (halves.length === 2) {
    const range = parseRange(halves[0], halves[1]);
    if (range) return withCirca(range, circa);
  }
  return undefined;
}
