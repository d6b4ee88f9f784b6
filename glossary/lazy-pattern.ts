/**
 * A regular expression made at its first use. V8 parses a pattern when it is
 * created, and a Unicode property class (\p{L}) is built from the Unicode
 * tables then: 0.45-0.61 ms each, measured in Node 20. Six such patterns
 * sat at the engine's top level, in every frame's evaluation, while a page
 * in ASCII text never uses them (each has an ASCII path first).
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
