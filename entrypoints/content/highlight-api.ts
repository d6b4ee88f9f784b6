/**
 * Whether this browser can mark text without changing the page (the CSS
 * Custom Highlight API, with the StaticRanges the engine marks): the
 * content script's loader asks first, and leaves the page alone when not.
 */
export function highlightApiAvailable(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof Highlight === 'function' &&
    typeof StaticRange === 'function'
  );
}
