/** How each style writes the second number of a page range. */
export type RangeFormat = 'chicago' | 'mla' | 'expanded';

function abbreviate(first: string, second: string, keep: number): string {
  if (second.length !== first.length) return second;
  let k = 0;
  while (k < second.length - keep && first[k] === second[k]) k++;
  return second.slice(k);
}

/** CMOS 9.64: under 100 or a multiple of 100 in full; 101–8; 110–99 two digits at least; e.g. 321–28. */
function chicagoSecond(a: number, first: string, second: string): string {
  if (a < 100 || a % 100 === 0) return second;
  if (a % 100 < 10) return abbreviate(first, second, 1);
  return abbreviate(first, second, 2);
}

/** Page ranges with an en dash, the second number shortened as the style wants. Non-numeric pages stay as written. */
export function formatPages(pages: string, format: RangeFormat): string {
  const m = /^\s*(\d+)\s*[-\u2013\u2014]+\s*(\d+)\s*$/.exec(pages);
  if (!m) return pages.replace(/(\d)\s*-\s*(\d)/g, '$1\u2013$2');
  const [, first, second] = m;
  const a = Number(first);
  if (Number(second) <= a || format === 'expanded') return `${first}\u2013${second}`;
  // MLA 9 2.126: numbers up to 99 in full, then the last two digits unless more are needed.
  const tail = format === 'chicago' ? chicagoSecond(a, first, second) : a < 100 ? second : abbreviate(first, second, 2);
  return `${first}\u2013${tail}`;
}

export function isRange(pages: string): boolean {
  return /[-\u2013\u2014,]/.test(pages);
}
