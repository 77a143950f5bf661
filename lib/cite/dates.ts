import type { CslDate, DossierRecord } from '../record';

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
/** MLA 9's month abbreviations (May, June and July stay whole; September is "Sept."). */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

type Parts = number[];

/** The date to print: parsed parts when we have them, else the page's own words, else nothing (n.d.). */
export type DateValue = { parts: Parts[]; circa: boolean } | { literal: string };

export function dateValue(r: Pick<DossierRecord, 'issued' | 'dateText'>): DateValue | undefined {
  const d: CslDate | undefined = r.issued;
  const parts = d?.['date-parts']?.filter((p) => p.length > 0 && Number.isFinite(p[0]));
  if (parts?.length) return { parts: parts.slice(0, 2), circa: !!d?.circa };
  if (d?.literal) return { literal: d.literal };
  if (r.dateText) return { literal: r.dateText };
  return undefined;
}

interface DateStyle {
  /** One date with all its parts. */
  one(p: Parts): string;
  /** A range; `a` and `b` differ. */
  range(a: Parts, b: Parts): string;
  circa: string;
}

function withCirca(v: { parts: Parts[]; circa: boolean }, style: DateStyle): string {
  const [a, b] = v.parts;
  const s = b && b.join('-') !== a.join('-') ? style.range(a, b) : style.one(a);
  return v.circa ? `${style.circa} ${s}` : s;
}

function formatWith(v: DateValue | undefined, style: DateStyle): string | undefined {
  if (!v) return undefined;
  return 'literal' in v ? v.literal : withCirca(v, style);
}

const month = (p: Parts, names = MONTHS) => (p[1] ? names[p[1] - 1] : undefined);

/** Chicago and the site: "November 2, 1956", "November 1956", "1956"; ranges share what they can (CMOS 6.83). */
const CHICAGO: DateStyle = {
  one: (p) => [month(p), p[2] ? `${p[2]},` : undefined, String(p[0])].filter(Boolean).join(' '),
  range(a, b) {
    if (a[0] === b[0] && a[1] && a[1] === b[1] && a[2] && b[2]) return `${month(a)} ${a[2]}\u2013${b[2]}, ${a[0]}`;
    if (a[0] === b[0] && a[1] && b[1]) {
      const left = [month(a), a[2]].filter(Boolean).join(' ');
      return `${left}\u2013${CHICAGO.one(b)}`;
    }
    return `${CHICAGO.one(a)}\u2013${CHICAGO.one(b)}`;
  },
  circa: 'ca.',
};

/** MLA 9: "2 Nov. 1956", "Nov. 1956", "1956". */
const MLA: DateStyle = {
  one: (p) => [p[2], month(p, MLA_MONTHS), p[0]].filter(Boolean).join(' '),
  range(a, b) {
    if (a[0] === b[0] && a[1] && a[1] === b[1] && a[2] && b[2]) return `${a[2]}\u2013${MLA.one(b)}`;
    if (a[0] === b[0] && a[1] && b[1]) return `${[a[2], month(a, MLA_MONTHS)].filter(Boolean).join(' ')}\u2013${MLA.one(b)}`;
    return `${MLA.one(a)}\u2013${MLA.one(b)}`;
  },
  circa: 'c.',
};

/** APA 7: "1956, November 2", "1956, November", "1956". */
const APA: DateStyle = {
  one: (p) => [String(p[0]), [month(p), p[2]].filter(Boolean).join(' ')].filter(Boolean).join(', '),
  range(a, b) {
    if (a[0] === b[0] && a[1] && a[1] === b[1] && a[2] && b[2]) return `${APA.one(a)}\u2013${b[2]}`;
    if (a[0] === b[0] && a[1] && b[1]) return `${APA.one(a)}\u2013${[month(b), b[2]].filter(Boolean).join(' ')}`;
    if (a.length === 1 && b.length === 1) return `${a[0]}\u2013${b[0]}`;
    return `${APA.one(a)}\u2013${APA.one(b)}`;
  },
  circa: 'ca.',
};

export const chicagoDate = (v: DateValue | undefined) => formatWith(v, CHICAGO);
export const mlaDate = (v: DateValue | undefined) => formatWith(v, MLA);
export const apaDate = (v: DateValue | undefined) => formatWith(v, APA);

const ymd = (d: Date): Parts => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
/** Access dates are calendar days in UTC so a test, a bench and a user in another zone print the same day. */
export const chicagoDay = (d: Date) => CHICAGO.one(ymd(d));
export const mlaDay = (d: Date) => MLA.one(ymd(d));
export const dayParts = ymd;
