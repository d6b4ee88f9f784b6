type Ancestors = Location & { ancestorOrigins?: DOMStringList };

/**
 * Is this the tab's top frame? Asked of the frame's own location where the browser lists the frame's
 * ancestors: comparing with `window.top` makes the content script's world wrap the top window, which cost
 * about 2 ms per frame (`npm run bench -- --profile fixture/iframes`).
 */
export function isTopFrame(): boolean {
  const origins = (location as Ancestors).ancestorOrigins;
  return origins ? origins.length === 0 : window === window.top;
}

/**
 * The hostname a frame's site rules apply to. about:blank and srcdoc frames
 * have no host of their own: they belong to the page that made them.
 */
export function pageHostname(): string {
  if (location.hostname) return location.hostname;
  // The parent's origin as the browser lists it, read first: reaching into the parent window costs as much as
  // the top one (see isTopFrame). The list is missing in some browsers, and says "null" when the frame's
  // referrer policy hides the parent.
  const origins = (location as Ancestors).ancestorOrigins;
  const listed = origins && origins.length ? hostOf(origins[0]) : '';
  if (listed) return listed;
  try {
    if (window.parent !== window && window.parent.location.hostname) return window.parent.location.hostname;
  } catch {
    // a cross-origin parent: its origin is not ours to read
  }
  return '';
}

function hostOf(origin: string | null | undefined): string {
  try {
    return origin ? new URL(origin).hostname : '';
  } catch {
    return '';
  }
}
