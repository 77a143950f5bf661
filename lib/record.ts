/**
 * The one record type every part of Dossier shares.
 *
 * Field names follow CSL-JSON wherever CSL has a variable for the thing (title, issued, author, translator,
 * abstract, genre, language, archive, archive_location, page, URL), so citation styles and exports read one
 * shape. Everything the Digital Archive knows that CSL has no variable for sits beside them, typed.
 * Absent fields are absent — never empty strings or empty arrays.
 */

/** A CSL name: people have family/given, organizations a literal. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  /** Written family-first in every position (East Asian order: "Deng Xiaoping", never "Xiaoping Deng"). */
  'static-ordering'?: boolean;
}

/** CSL date: only the parts that exist ("November 1967" is [[1967, 11]]); a range has two date-parts. */
export interface CslDate {
  'date-parts'?: Array<[number] | [number, number] | [number, number, number]>;
  circa?: boolean;
  literal?: string;
}

/** The Source line, verbatim, and the parts of it we could split with confidence. */
export interface SourceLine {
  text: string;
  archive?: { abbreviation: string; name?: string };
  reference?: string;
  pages?: string;
  obtainedBy?: string[];
  translatedBy?: string[];
  contributedBy?: string[];
  transcribedBy?: string[];
  editedBy?: string[];
  providedBy?: string[];
  /**
   * The archive as the Source line names it when it spells the name out instead of an abbreviation
   * ("Nehru Memorial Museum and Library"); set only when that name is confirmed by the page's Original Archive.
   */
  repository?: string;
}

export interface DossierRecord {
  type: 'manuscript';
  title: string;
  issued?: CslDate;
  author?: CslName[];
  translator?: CslName[];
  abstract?: string;
  /** Document type as the site names it ("Cable", "Memorandum of Conversation"). */
  genre?: string;
  /** Languages joined with ", " for CSL; the list is in `languages`. */
  language?: string;
  /** Full name of the original archive holding the document. */
  archive?: string;
  /** Call number / reference in the original archive, e.g. "109-01041-01". */
  archive_location?: string;
  page?: string;
  /** The stable citation URL, /document/<Record ID> when the Record ID is known. */
  URL: string;

  // ── Digital Archive extras ──────────────────────────────────────────
  /** The date exactly as the page shows it. */
  dateText?: string;
  languages?: string[];
  /** Every document type the page lists ("Book Excerpt", "Meeting Notes"); `genre` joins them. */
  genres?: string[];
  classification?: string;
  originalArchives?: string[];
  source?: SourceLine;
  /** "Original Uploaded Date", YYYY-MM-DD. */
  uploadedDate?: string;
  recordId?: string;
  nodeId?: string;
  slug?: string;
  canonicalUrl?: string;
  /** Where the record was read from (may be a /node/ or Wayback URL). */
  pageUrl: string;
  peopleAndOrganizations?: string[];
  places?: string[];
  topics?: string[];
  subjects?: string[];
  donors?: string[];
  /** Names from "This document was made possible with support from …". */
  funders?: string[];
  /** Rights statement, one entry per paragraph, verbatim. */
  rights?: string[];
  scanUrl?: string;
  downloadUrl?: string;
  tabs?: Array<'translation' | 'transcript' | 'original'>;
  /** The site's own citation text (without the URL). */
  siteCitation?: string;
  wayback?: { url: string; timestamp: string };
}

export const ARCHIVE_ORIGIN = 'https://digitalarchive.wilsoncenter.org';
export const ARCHIVE_NAME = 'Wilson Center Digital Archive';

/**
 * The key a record is stored under: Record ID when known (the site's stable identity), else node ID, else the
 * canonical URL. Prefixed so the three kinds can never collide.
 */
export function recordKey(r: Pick<DossierRecord, 'recordId' | 'nodeId' | 'canonicalUrl' | 'pageUrl'>): string {
  if (r.recordId) return `rid:${r.recordId}`;
  if (r.nodeId) return `nid:${r.nodeId}`;
  return `url:${r.canonicalUrl ?? r.pageUrl}`;
}

/** Every identity a record can be found by (Record ID, node ID, slug URL). */
export function recordIdentities(
  r: Pick<DossierRecord, 'recordId' | 'nodeId' | 'slug' | 'canonicalUrl' | 'pageUrl'>,
): string[] {
  const ids: string[] = [];
  if (r.recordId) ids.push(`rid:${r.recordId}`);
  if (r.nodeId) ids.push(`nid:${r.nodeId}`);
  if (r.slug) ids.push(`slug:${r.slug}`);
  if (r.canonicalUrl) ids.push(`url:${r.canonicalUrl}`);
  if (!r.recordId && !r.nodeId && !r.canonicalUrl) ids.push(`url:${r.pageUrl}`);
  return ids;
}
