/**
 * Archive abbreviations used in Digital Archive Source lines, mapped to the full names the site itself gives
 * (its "Original Archive" pills). Only names confirmed in the data we hold belong here; each line says where.
 */
export const ARCHIVES: Record<string, string | null> = {
  // cable-hao-deqing-1956 seed. Its full name is not confirmed by any page we hold yet: null = a known
  // abbreviation whose full name we do not print.
  'PRC FMA': null,
  // memorandum-mikoyan-kennedy-1962.html: Original Archive pill
  'AVP RF': 'Archive of Foreign Policy of the Russian Federation (AVP RF)',
};
