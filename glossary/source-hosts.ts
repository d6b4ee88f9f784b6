/**
 * The only places a glossary entry may cite. A host is allowed when it is one
 * of these domains or a subdomain of one ("www.nimh.nih.gov" under "nih.gov").
 * Government health agencies, international health bodies and the NHS/NICE:
 * sources a reader can trust without knowing us.
 */
export const ALLOWED_SOURCE_DOMAINS = [
  'medlineplus.gov',
  'nih.gov', // NIMH, NIDA, NINDS, NCCIH, NCBI Bookshelf and PubMed
  'cancer.gov', // NCI Dictionary of Cancer Terms (general medical terms too)
  'fda.gov',
  'cdc.gov',
  'samhsa.gov',
  'dea.gov',
  'va.gov', // National Center for PTSD
  'ema.europa.eu',
  'who.int',
  'nhs.uk',
  'nice.org.uk',
] as const;

export function isAllowedSourceUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  const host = parsed.hostname.toLowerCase();
  return ALLOWED_SOURCE_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}
