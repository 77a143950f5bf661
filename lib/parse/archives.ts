/**
 * Archives whose abbreviations appear in Digital Archive Source lines, by the full names the site itself gives in
 * its "Original Archive" pills; each name ends in its abbreviation, which archiveName() reads back. Only names
 * confirmed in data we hold belong here; each entry says where.
 * (RGANI, APRF and others are common in Source lines but no page we hold confirms their full name yet.)
 */
export const ARCHIVES: readonly string[] = [
  // memorandum-mikoyan-kennedy-1962.html: Source "AVP RF; copy obtained by NHK, …", Original Archive pill.
  'Archive of Foreign Policy of the Russian Federation (AVP RF)',
  // Pill on wcda/cable-ccp-central-committee-reply-zhou-enlais-cable-3-june-1954 (banned-historical-archives29
  // @ a7dbc6d8); the seed record's Source starts "PRC FMA 109-01041-01".
  'Chinese Foreign Ministry Archives (PRC FMA)',
  // nhamby CSV (../shared/da-pages): Source "BArch, B 136/59748, 403-410. …", original_archive_title.
  'German Federal Archives (BArch)',
  // telephone-bierut-stalin-1946.html: Source "AAN, KC PZPR, 2724, k. 181-86.", Original Archive pill.
  'Polish Archive of Modern Records (AAN)',
  // wcda/cable-8th-directorate-ussr-armed-forces-general-staff-cdes-shtykov-and-vasilyev: Source "RGASPI. F. 558,
  // op. 11. d. 334, pp. 142-44. …", Original Archive pill.
  'Russian State Archive of Socio-Political History (RGASPI)',
  // nhamby CSV, letter-jawaharlal-nehru-all-provincial-premiers: original_archive_title (the Source spells the
  // name out: "Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1.").
  'Nehru Memorial Museum and Library (NMML)',
  // Pill on wcda/ambassador-reis-malile-information-meeting-government-level-economic-delegation-led.
  'National Archives of Albania (AQSH)',
  // Pill on wcda/bulgarian-intelligence-analysis-us-greek-relations.
  'Central State Archive of Bulgaria (TsDA)',
  // Pill on wcda/bilateral-relations-between-democratic-peoples-republic-korea-and-german-democratic.
  'Diplomatic Archive of the Romanian Ministry of Foreign Affairs (AMAE)',
];

export interface ArchiveName {
  /** The name as the site prints it, e.g. "Polish Archive of Modern Records (AAN)". */
  name: string;
  /** The name without a trailing "(ABBR)", as Source lines spell it out. */
  plain: string;
  abbreviation?: string;
}

/** Splits "Polish Archive of Modern Records (AAN)" into its plain name and abbreviation. */
export function archiveName(name: string): ArchiveName {
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(name);
  if (!m) return { name, plain: name };
  const inner = m[2].trim();
  // Only a short, capitalized, space-light parenthesis is an abbreviation; "(Gramsci Institute Foundation)" is not.
  const isAbbreviation = inner.length <= 12 && /^[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?$/.test(inner) && /[A-Z].*[A-Z]/.test(inner);
  return isAbbreviation ? { name, plain: m[1], abbreviation: inner } : { name, plain: m[1] };
}

/** Every archive name we know: the table, then the names a page's own Original Archive pills give. */
export function knownArchives(pageArchives: string[] = []): ArchiveName[] {
  const names = [...ARCHIVES];
  for (const name of pageArchives) if (!names.includes(name)) names.push(name);
  return names.map(archiveName);
}
