/** The limits of a reader's glossaries (kept apart from the schema so pages can read them without it). */
export const MAX_TERM = 80;
export const MAX_DEFINITION = 1000;
export const MAX_MORE = 5000;
export const MAX_ALIASES = 30;
/** Terms kept across all of a reader's glossaries. */
export const MAX_TERMS = 20_000;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_NAME = 80;
/** A category's length (kept short: it is a label in the reference). */
export const MAX_CATEGORY = 60;
