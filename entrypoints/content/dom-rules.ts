/**
 * Which parts of a page TermLens reads. Text in these elements is code,
 * form data, hidden or not prose, so it is never scanned or highlighted.
 */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'button',
  'code',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'datalist',
  // TermLens's own UI host (see tooltip-view.tsx)
  'termlens-ui',
]);

/** Elements that continue the line they are in, so a term may run across them ("<b>NMDA</b> receptor"). */
export const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  'rb',
  'rp',
  'rt',
  'ruby',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'wbr',
]);

export type BlockKey = Element | ShadowRoot | Document | DocumentFragment;

export function isSkippedElement(el: Element): boolean {
  return isSkippedTag(el.localName) || isSkippedByAttribute(el);
}

/** The attributes that take an element out of reading, whatever its tag; SKIPPED_BY_ATTRIBUTE finds them all. */
export function isSkippedByAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.hasAttribute('contenteditable')) {
    const value = el.getAttribute('contenteditable');
    if (value !== 'false') return true;
  }
  return false;
}

/** Every element isSkippedByAttribute may say yes to (and some it says no to: contenteditable="false"). */
export const SKIPPED_BY_ATTRIBUTE = '[hidden], [contenteditable]';

export const isSkippedTag = (localName: string): boolean => SKIPPED_TAGS.has(localName);

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

/** The element (or shadow root) whose text a node's text belongs to: its nearest non-inline ancestor. */
export function blockOf(node: Node, cache?: Map<Node, BlockKey>): BlockKey {
  const start = node.parentNode;
  let current: Node | null = start;
  const seen: Node[] = [];
  while (current) {
    const known = cache?.get(current);
    if (known) return remember(seen, known, cache);
    if (current.nodeType !== Node.ELEMENT_NODE) return remember(seen, current as BlockKey, cache);
    if (!isInline(current as Element)) return remember(seen, current as Element, cache);
    seen.push(current);
    current = current.parentNode;
  }
  return remember(seen, (node.ownerDocument ?? document) as Document, cache);
}

function remember(seen: Node[], block: BlockKey, cache?: Map<Node, BlockKey>): BlockKey {
  if (cache) for (const n of seen) cache.set(n, block);
  return block;
}

/** Moves the walker past the current node's subtree: to the next node after it in document order, or null. */
export function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Is the text under this node something the reader is typing into? */
export function isInEditable(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : node.parentElement;
  return (
    !!el &&
    (el.isContentEditable || !!el.closest('textarea, input, select, [contenteditable]:not([contenteditable="false"])'))
  );
}
