import type { DossierRecord } from '../record';

/**
 * The original archive as a citation names it: the full name when we have one ("Archive of Foreign Policy of the
 * Russian Federation (AVP RF)"), else the abbreviation the Source line uses, which is then also the call
 * number's prefix ("PRC FMA 109-01041-01").
 */
export interface ArchiveParts {
  /** Full archive name, when known. */
  name?: string;
  /** The call number as printed: prefixed with the abbreviation when the full name is unknown. */
  callNumber?: string;
  pages?: string;
}

export function archiveParts(r: DossierRecord): ArchiveParts {
  const name = r.archive ?? r.source?.archive?.name;
  const abbr = r.source?.archive?.abbreviation;
  const ref = r.archive_location;
  let callNumber: string | undefined;
  if (ref) callNumber = !name && abbr ? `${abbr} ${ref}` : ref;
  else if (!name && abbr) callNumber = abbr;
  return { name, callNumber, pages: r.page ?? r.source?.pages };
}

/** The archive name CSL-JSON and the exports carry: the full name, else the abbreviation. */
export function archiveName(r: DossierRecord): string | undefined {
  return r.archive ?? r.source?.archive?.name ?? r.source?.archive?.abbreviation;
}
