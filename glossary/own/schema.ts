import { z } from 'zod';
import { isWordChar } from '../normalize';
import { MAX_ALIASES, MAX_DEFINITION, MAX_MORE, MAX_TERM } from './limits';

/**
 * A term of a reader's own glossary, as stored and exported. Checked with zod
 * like the bundled glossary (glossary/schema.ts), but for text a reader
 * wrote: markup characters are allowed here because every view renders them
 * as text, and a source may be any https address.
 *
 * Each message is the reason shown after "line 17: " in an import summary.
 */

const n = (x: number) => x.toLocaleString('en');

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !!url.hostname;
  } catch {
    return false;
  }
}

/** Blank cells mean "not given". */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);
/** "yes"/"no" cells as booleans; anything else is left as it is, for the schema to report. */
const toFlag = (v: unknown) => {
  if (v === undefined || v === null) return false;
  if (typeof v !== 'string') return v;
  const t = v.trim().toLowerCase();
  return YES.has(t) ? true : NO.has(t) ? false : v;
};
/** Aliases as a list: a cell separates them with | or ;. */
const toList = (v: unknown) => {
  if (v === undefined || v === null) return [];
  if (typeof v !== 'string') return v;
  return v
    .split(/[|;]/)
    .map((s) => s.trim())
    .filter(Boolean);
};

const startsWithWord = (s: string) => isWordChar(s.charCodeAt(0));

const flag = (column: string) => z.preprocess(toFlag, z.boolean({ error: `${column} is not yes or no` }));

const ownTermSchema = z.object({
  term: z
    .string({ error: 'no term' })
    .trim()
    .min(1, 'no term')
    .max(MAX_TERM, `term longer than ${MAX_TERM} characters`)
    .refine(startsWithWord, 'term does not begin with a letter or a digit'),
  definition: z
    .string({ error: 'no definition' })
    .trim()
    .min(1, 'no definition')
    .max(MAX_DEFINITION, `definition longer than ${n(MAX_DEFINITION)} characters`),
  aliases: z.preprocess(
    toList,
    z
      .array(
        z
          .string({ error: 'aliases are not text' })
          .trim()
          .max(MAX_TERM, `alias longer than ${MAX_TERM} characters`)
          .refine((s) => !/[|;]/.test(s), 'an alias contains | or ;')
          .refine(startsWithWord, 'an alias does not begin with a letter or a digit'),
        { error: 'aliases are not a list of text' },
      )
      .max(MAX_ALIASES, `more than ${MAX_ALIASES} aliases`),
  ),
  caseSensitive: flag('case_sensitive'),
  /** Marked only on pages that are plainly medical (the rule in glossary/context.ts). */
  ambiguous: flag('ambiguous'),
  category: z.preprocess(
    blankToUndefined,
    z.string({ error: 'category is not text' }).trim().max(60, 'category longer than 60 characters').optional(),
  ),
  source: z.preprocess(
    blankToUndefined,
    z
      .string({ error: 'source is not an https URL' })
      .trim()
      .refine(isHttpsUrl, 'source is not an https URL')
      .optional(),
  ),
  more: z.preprocess(
    blankToUndefined,
    z
      .string({ error: 'more is not text' })
      .trim()
      .max(MAX_MORE, `more longer than ${n(MAX_MORE)} characters`)
      .optional(),
  ),
});

export type OwnTerm = z.infer<typeof ownTermSchema>;

/** An imported row before checking: field names as the TermLens JSON format writes them. */
export interface RawRow {
  /** Where the row is in its file, as a reader can find it: "line 17", "item 3". */
  where: string;
  fields: Record<string, unknown>;
  /** A reason found while reading the file, before any field is checked. */
  problem?: string;
}

export interface RowError {
  where: string;
  reason: string;
}

/** Checks one row: the term, or the first reason it cannot be used. */
export function checkRow(row: RawRow): { term: OwnTerm } | { error: RowError } {
  if (row.problem) return { error: { where: row.where, reason: row.problem } };
  const parsed = ownTermSchema.safeParse(row.fields);
  if (parsed.success) return { term: clean(parsed.data) };
  const issue = parsed.error.issues[0];
  return { error: { where: row.where, reason: issue?.message ?? 'not a usable row' } };
}

/** Drops empty optional fields so a stored or exported term carries only what was given. */
function clean(t: OwnTerm): OwnTerm {
  const out: OwnTerm = {
    term: t.term,
    definition: t.definition,
    aliases: t.aliases,
    caseSensitive: t.caseSensitive,
    ambiguous: t.ambiguous,
  };
  if (t.category) out.category = t.category;
  if (t.source) out.source = t.source;
  if (t.more) out.more = t.more;
  return out;
}
