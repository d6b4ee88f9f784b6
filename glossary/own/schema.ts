import { z } from 'zod';
import { isWordChar } from '../normalize';
import { MAX_ALIASES, MAX_CATEGORY, MAX_DEFINITION, MAX_MORE, MAX_TERM } from './limits';
import type { RowPlace, RowProblem } from './problems';

/**
 * A term of a reader's own glossary, as stored and exported. Checked with zod
 * like the bundled glossary (glossary/schema.ts), but for text a reader
 * wrote: markup characters are allowed here because every view renders them
 * as text, and a source may be any https address.
 *
 * Each message is a problem code (glossary/own/problems.ts); the reader's
 * sentence ("line 17: no definition") is written at the edge.
 */

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

const flag = () => z.preprocess(toFlag, z.boolean({ error: 'not-yes-or-no' }));

const ownTermSchema = z.object({
  term: z
    .string({ error: 'no-term' })
    .trim()
    .min(1, 'no-term')
    .max(MAX_TERM, 'term-too-long')
    .refine(startsWithWord, 'term-start'),
  definition: z
    .string({ error: 'no-definition' })
    .trim()
    .min(1, 'no-definition')
    .max(MAX_DEFINITION, 'definition-too-long'),
  aliases: z.preprocess(
    toList,
    z
      .array(
        z
          .string({ error: 'aliases-not-text' })
          .trim()
          .max(MAX_TERM, 'alias-too-long')
          .refine((s) => !/[|;]/.test(s), 'alias-separator')
          .refine(startsWithWord, 'alias-start'),
        { error: 'aliases-not-list' },
      )
      .max(MAX_ALIASES, 'too-many-aliases'),
  ),
  caseSensitive: flag(),
  /** Marked only on pages that are plainly medical (the rule in glossary/context.ts). */
  ambiguous: flag(),
  category: z.preprocess(
    blankToUndefined,
    z.string({ error: 'category-not-text' }).trim().max(MAX_CATEGORY, 'category-too-long').optional(),
  ),
  source: z.preprocess(
    blankToUndefined,
    z.string({ error: 'source-not-https' }).trim().refine(isHttpsUrl, 'source-not-https').optional(),
  ),
  more: z.preprocess(
    blankToUndefined,
    z.string({ error: 'more-not-text' }).trim().max(MAX_MORE, 'more-too-long').optional(),
  ),
});

export type OwnTerm = z.infer<typeof ownTermSchema>;

/** An imported row before checking: field names as the TermLens JSON format writes them. */
export interface RawRow {
  where: RowPlace;
  fields: Record<string, unknown>;
  /** A reason found while reading the file, before any field is checked. */
  problem?: RowProblem;
}

export interface RowError {
  where: RowPlace;
  reason: RowProblem;
}

/** The limit each "too long" or "too many" code refers to. */
const LIMITS: Record<string, number> = {
  'term-too-long': MAX_TERM,
  'alias-too-long': MAX_TERM,
  'definition-too-long': MAX_DEFINITION,
  'category-too-long': MAX_CATEGORY,
  'more-too-long': MAX_MORE,
  'too-many-aliases': MAX_ALIASES,
};
const SIMPLE = new Set<string>([
  'no-term',
  'no-definition',
  'term-start',
  'alias-start',
  'alias-separator',
  'aliases-not-text',
  'aliases-not-list',
  'category-not-text',
  'source-not-https',
  'more-not-text',
]);

/** The schema's message (a code) and the field it is about, as a problem with its values. */
function problemOf(issue: z.core.$ZodIssue | undefined): RowProblem {
  const code = issue?.message ?? '';
  const max = LIMITS[code];
  if (max !== undefined) return { code: code as 'term-too-long', max };
  if (code === 'not-yes-or-no')
    return { code, column: issue?.path[0] === 'caseSensitive' ? 'case_sensitive' : 'ambiguous' };
  return SIMPLE.has(code) ? { code: code as 'no-term' } : { code: 'unusable' };
}

/** Checks one row: the term, or the first reason it cannot be used. */
export function checkRow(row: RawRow): { term: OwnTerm } | { error: RowError } {
  if (row.problem) return { error: { where: row.where, reason: row.problem } };
  const parsed = ownTermSchema.safeParse(row.fields);
  if (parsed.success) return { term: clean(parsed.data) };
  return { error: { where: row.where, reason: problemOf(parsed.error.issues[0]) } };
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
