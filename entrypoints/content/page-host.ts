/**
 * The hostname a frame's site rules apply to. about:blank and srcdoc frames
 * have no host of their own: they belong to the page that made them.
 */
export function pageHostname(): string {
  if (location.hostname) return location.hostname;
  try {
    if (window.parent !== window && window.parent.location.hostname) return window.parent.location.hostname;
  } catch {
    // a cross-origin parent: fall through
  }
  const origins = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  const origin = origins && origins.length ? origins[0] : undefined;
  try {
    return origin ? new URL(origin).hostname : '';
  } catch {
    return '';
  }
}
