import { useEffect, useState } from 'preact/hooks';
import { afterFirstPaint } from './after-next-paint';

/**
 * How many items of a long list to draw now: `first` until a frame with
 * them has been painted (and, for the page's first paint, shown), then all.
 * A list in a small scrolling box shows a handful of rows; drawing the rest
 * before the first paint would only delay it. The count starts once the list
 * has items (one that arrives later starts with its first few too).
 */
export function useFirstPaintLimit(first: number, hasItems: boolean): number {
  const [limit, setLimit] = useState(first);
  useEffect(() => {
    if (limit === Infinity || !hasItems) return undefined;
    return afterFirstPaint(() => setLimit(Infinity));
  }, [limit, hasItems]);
  return limit;
}
