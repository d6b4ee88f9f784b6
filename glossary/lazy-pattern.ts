/**
 * A regular expression made at its first use. V8 parses a pattern when it is
 * created, and a Unicode property class (\p{L}) is built from the Unicode
 * tables then: about 0.5 ms each, measured in Node 20. The engine had six
 * such patterns at its top level, some 3 ms of every frame's evaluation,
 * while a page in ASCII text never uses them (each has an ASCII path first).
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
