import type { CslName } from '../record';

/**
 * Words that mark a name as an organization. The site writes corporate authors in library-catalogue form
 * ("Japan. Foreign Ministry", "China. Communist Party. Central Committee (CCP CC)") and credits groups in Source
 * lines ("the Bulgarian Cold War Research Group"); none of them may be split into family/given.
 */
const ORG_WORDS =
  /\b(?:Ministr(?:y|ies)|Committee|Council|Association|Foundation|Fund|Party|Archives?|Institute?|Cent(?:er|re)|Embassy|Consulate|Department|Office|Bureau|Agency|Government|Group|Project|Program(?:me)?|University|Library|Museum|Society|League|Union|Corporation|Company|Commission|Directorate|Division|Section|Service|Staff|Army|Navy|Republic|Kingdom|States?|Nations|Organi[sz]ation|Federation|Front|Press|News|Radio|Television|Academy|School|Bank|Trust)\b/;

const HONORIFICS = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Gen|Col|Amb)\.?\s+/;

/** An all-capitals word of two or more letters (CWIHP, NHK, NKIDP) names an organization. */
function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z0-9&.-]+$/.test(s) && /[A-Z].*[A-Z]/.test(s);
}

/** True when a name as written is an organization rather than a person. */
export function isOrganization(name: string): boolean {
  const n = name.trim();
  if (!n) return false;
  if (isAcronym(n)) return true;
  if (ORG_WORDS.test(n)) return true;
  // "Japan. Foreign Ministry": a period closing a whole word (not an initial) before more words.
  if (/\p{L}{3,}\.\s+\p{Lu}/u.test(n)) return true;
  return false;
}

/**
 * A name from a pill, written family first: "Mikoyan, Anastas Ivanovich" → family/given. Anything that is not
 * exactly "Family, Given" — or is an organization — is kept whole as a literal.
 */
export function nameFromCatalogue(name: string): CslName {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (m && !isOrganization(m[1]) && !isAcronym(m[2].trim())) return { family: m[1].trim(), given: m[2].trim() };
  return { literal: name };
}

/**
 * A name from running text, written given name first: "Péter Vámos", "Gwenyth A. Jones" → family/given; the
 * last word is the family name. Organizations and single words ("CWIHP", "NHK") stay literal.
 */
export function nameFromProse(name: string): CslName {
  const n = name.replace(HONORIFICS, '').trim();
  if (!n || isOrganization(n)) return { literal: name };
  if (/,/.test(n)) return nameFromCatalogue(n);
  const words = n.split(/\s+/);
  if (words.length < 2 || words.length > 5) return { literal: name };
  const family = words[words.length - 1];
  // A last word that is only an initial ("John F.") cannot be a family name.
  if (/^\p{L}\.?$/u.test(family)) return { literal: name };
  return { family, given: words.slice(0, -1).join(' ') };
}
