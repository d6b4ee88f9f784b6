import mark from './brand-mark.svg?raw';

/**
 * The TermLens mark and a page title, as every extension page heads itself.
 * The mark is inline SVG (the same file the toolbar icons are drawn from),
 * not an image: an image is one more fetch, and Chrome shows a popup only
 * once every fetch of its page, images included, has finished.
 */
export function Brand({ title, size }: { title: string; size: number }) {
  return (
    <h1 class="tl-brand">
      <span
        class="tl-brand-mark"
        style={{ width: `${size}px`, height: `${size}px` }}
        aria-hidden="true"
        // A file of this repository, inlined at build time, never page or user content: safe to insert as markup.
        // oxlint-disable-next-line react/no-danger
        dangerouslySetInnerHTML={{ __html: mark }}
      />
      {title}
    </h1>
  );
}
