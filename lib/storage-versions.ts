/**
 * The version of each stored item and the steps that bring older shapes up to
 * it. WXT's storage runs the steps once, when an item is first used after an
 * update, and records the version beside the value (`<key>$` → `{ v }`).
 *
 * Version 1 is the shape TermLens 0.1.0 wrote, which carried no version
 * record: WXT reads a value without one as version 1. To change a shape, raise
 * the version here and add `N: (old) => new`, a pure function from the stored
 * value of version N-1 to version N; tests/unit/storage-versions.test.ts loads
 * every older shape through the real items.
 *
 * A step must never throw on odd input (a hand-edited or corrupted value):
 * it keeps what it does not understand and lets the readers in lib/settings.ts
 * and lib/site-rules.ts validate key by key.
 */

type Migrations = Record<number, (old: unknown) => unknown>;

/**
 * Settings 1 → 2: "first occurrence only" (firstOnly, on the whole page)
 * became the density setting. Its default is now the first occurrence in
 * each section, so a reader who had it on keeps marks sparse, and one who
 * had turned it off again (the only way to store false) keeps every mark.
 */
export function settingsV2(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  const { firstOnly, ...rest } = old as Record<string, unknown>;
  if (typeof firstOnly !== 'boolean') return old;
  if (!('density' in rest)) rest.density = firstOnly ? 'first-in-section' : 'every';
  return rest;
}

export const SETTINGS_VERSION = 2;
export const SETTINGS_MIGRATIONS: Migrations = { 2: settingsV2 };

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Site rules v2 adds an exception list to each mode's list
 * (`offExceptions`, `onExceptions`, see lib/site-rules.ts); v1 held only
 * `{ off, on }`, which keep their meaning.
 */
export const SITE_RULES_VERSION = 2;
export const SITE_RULES_MIGRATIONS: Migrations = {
  2: (old) => (isObj(old) ? { offExceptions: [], onExceptions: [], ...old } : old),
};

/** The list of glossaries (the bundled one's switch and the reader's, `local:glossaries`). */
export const GLOSSARY_LIST_VERSION = 1;
export const GLOSSARY_LIST_MIGRATIONS: Migrations = {};

/**
 * A reader's glossary itself: its compiled form and its chunks of terms, under
 * keys named after it (`local:glossary-<id>-compiled`, `local:glossary-<id>-terms-<k>`).
 * Keys made at run time cannot be declared as WXT items, so these values carry
 * their version inside (`{ v, … }`); lib/own-glossaries.ts reads only the
 * versions it knows and the steps below bring older ones up.
 */
export const OWN_TERMS_VERSION = 1;
export const OWN_TERMS_MIGRATIONS: Migrations = {};

/**
 * Compiled form 1 → 2: the matcher's trie is kept beside the entries
 * (`trie`, glossary/own/compile.ts), so that a page decodes it instead of
 * building it. A version 1 value is a version 2 value without its trie: pages
 * compile such a glossary on the spot (ownMatcher) until the background,
 * after the update, writes it back with its trie (upgradeStoredGlossaries in
 * lib/own-glossaries.ts; compiling is left out of this step so that every
 * context reading storage does not carry the compiler).
 */
/**
 * Compiled form 2 → 3: the trie is kept as the bytes of the matcher's arrays
 * (PackedMatcher in glossary/matcher.ts), which a page views without a pass
 * over the numbers. The step drops the older trie; pages compile such a
 * glossary on the spot until the background writes the new trie, as above.
 */
export const OWN_COMPILED_VERSION = 3;
export const OWN_COMPILED_MIGRATIONS: Migrations = {
  2: (old) => old,
  3: (old) => {
    const { trie: _older, ...rest } = old as { trie?: unknown };
    return rest;
  },
};

/** Terms in each tab's frames, kept by the background for the badge and the popup (lib/frame-terms.ts). */
export const FRAME_TERMS_VERSION = 1;
export const FRAME_TERMS_MIGRATIONS: Migrations = {};

export const EXPLAIN_SELECTION_VERSION = 1;
export const EXPLAIN_SELECTION_MIGRATIONS: Migrations = {};

/** The reader's saved terms ("My terms", `local:savedTerms`): `{ terms: SavedTerm[] }`, see lib/saved-terms.ts. */
export const SAVED_TERMS_VERSION = 1;
export const SAVED_TERMS_MIGRATIONS: Migrations = {};
