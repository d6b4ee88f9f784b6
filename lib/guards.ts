/**
 * Checks for values that cross a trust boundary: storage, messages, files and
 * addresses. One copy of each (entry ids: glossary/entry-id.ts), so every reader agrees on what is valid.
 */

/** A plain object (not null, not an array): the shape every stored or sent record must have. */
export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The value if it is a plain object, else an empty one: readers then validate key by key. */
export const recordOr = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
