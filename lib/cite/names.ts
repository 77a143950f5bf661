import type { CslName } from '../record';

/** "Péter Vámos"; East Asian names with static ordering stay "Deng Xiaoping"; organizations as written. */
export function displayName(n: CslName): string {
  if (n.literal) return n.literal;
  const parts = n['static-ordering'] ? [n.family, n.given] : [n.given, n.family];
  return parts.filter(Boolean).join(' ');
}

/** "Vámos, Péter" for the first name of a bibliography entry. */
export function invertedName(n: CslName): string {
  if (n.literal) return n.literal;
  if (n['static-ordering']) return displayName(n);
  return [n.family, n.given].filter(Boolean).join(', ');
}

export function familyName(n: CslName): string {
  return n.literal ?? n.family ?? n.given ?? '';
}

/** "Anastas Ivanovich" → "A. I."; "A.I." → "A. I."; "Jean-Paul" → "J.-P." (APA 9.8). */
export function initials(given: string): string {
  return given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((p) => `${p[0]}.`)
        .join('-'),
    )
    .join(' ');
}

/** "Mikoyan, A. I." (APA). */
export function apaName(n: CslName): string {
  if (n.literal) return n.literal;
  if (!n.given) return n.family ?? '';
  if (!n.family) return n.given;
  return `${n.family}, ${initials(n.given)}`;
}

/** "A. I. Mikoyan" for APA's non-author roles (translators). */
export function apaNameDirect(n: CslName): string {
  if (n.literal) return n.literal;
  return [n.given && initials(n.given), n.family].filter(Boolean).join(' ');
}
