import { z } from 'zod';
import { ENTRY_ID } from './entry-id';
import { BADGE_IDS, CATEGORY_IDS, type CategoryId } from './labels';
import { isAllowedSourceUrl } from './source-hosts';

export { CATEGORY_IDS, type CategoryId };

/**
 * The one definition of a glossary entry: the zod schema validates the JSON
 * at build time and in tests, and the TypeScript types are inferred from it,
 * so the data and the code that reads it cannot drift apart.
 */

const noMarkup = (s: string) => !/[<>]/.test(s);

/**
 * Words that give a form's everyday sense away: "long-lasting pain" followed
 * by "relief", "IV" preceded by "Henry". Compared whole-word, case-insensitively,
 * with the words right after or right before the form; a phrase counts as one.
 */
const senseGuardSchema = z.strictObject({
  notFollowedBy: z
    .array(z.string().trim().min(1).max(40).refine(noMarkup, 'must not contain < or >'))
    .max(40)
    .optional(),
  notPrecededBy: z
    .array(z.string().trim().min(1).max(40).refine(noMarkup, 'must not contain < or >'))
    .max(40)
    .optional(),
});

const formSchema = z.strictObject({
  /** The text as a page writes it: "NMDA receptor", "Spravato", "anaesthesia". */
  text: z.string().trim().min(2).max(80).refine(noMarkup, 'must not contain < or >'),
  /** Abbreviations and acronyms match only with this exact capitalisation ("WHO", never "who"). */
  caseSensitive: z.boolean().optional(),
  /** Means something else outside medicine; highlighted only on pages with medical context. */
  ambiguous: z.boolean().optional(),
  /** Deliberately shared with another entry (the integrity test rejects accidental clashes). */
  shared: z.boolean().optional(),
  /** Where the form is an everyday phrase too: the neighbouring words that mean it is not this term. */
  guard: senseGuardSchema.optional(),
});

const sourceSchema = z.strictObject({
  title: z.string().min(3).max(200).refine(noMarkup, 'must not contain < or >'),
  publisher: z.string().min(2).max(120).refine(noMarkup, 'must not contain < or >'),
  url: z.string().refine(isAllowedSourceUrl, 'must be an https URL on an allowed host (glossary/source-hosts.ts)'),
});

/**
 * Which entries must say how the headword is said: every acronym ("PTSD",
 * "NMDA receptor", "mTOR"), and every drug, receptor, mechanism and condition
 * (their spelling seldom says how to say them), except the few listed as
 * spoken as spelt.
 */
const SPOKEN_AS_SPELT: ReadonlySet<string> = new Set<string>([
  'depressant',
  'mechanism-of-action',
  'nervous-system',
  'off-label-use',
  'onset-of-action',
  'relapse',
  'treatment-resistance',
]);
const SAID_DIFFERENTLY: ReadonlySet<CategoryId> = new Set<CategoryId>(['substance-mechanism', 'condition']);

export function needsPronunciation(entry: { id: string; headword: string; category: CategoryId }): boolean {
  if (/[A-Z]{2,}/.test(entry.headword)) return true;
  return SAID_DIFFERENTLY.has(entry.category) && !SPOKEN_AS_SPELT.has(entry.id);
}

export const entrySchema = z
  .strictObject({
    id: z.string().regex(ENTRY_ID, 'must be kebab-case, at most 80 characters'),
    headword: z.string().min(2).max(80).refine(noMarkup, 'must not contain < or >'),
    forms: z.array(formSchema).min(1),
    category: z.enum(CATEGORY_IDS),
    badge: z.enum(BADGE_IDS).optional(),
    /** Tooltip text at the Plain reading level: one to three short sentences, grade 8 or lower. */
    short: z.string().min(20).max(210).refine(noMarkup, 'must not contain < or >'),
    /**
     * The detailed reading level: one or two precise sentences for clinicians and
     * students (terminology, mechanism, regulatory status).
     */
    clinical: z.string().min(40).max(500).refine(noMarkup, 'must not contain < or >'),
    /** How to say the headword, as a respelling with the stressed syllable in capitals: "es-KET-uh-meen". */
    pronunciation: z
      .string()
      .min(2)
      .max(80)
      .regex(/^[A-Za-z]+(?:[- ][A-Za-z]+)*$/, 'must be a respelling like "es-KET-uh-meen"')
      .optional(),
    /** Reference text in plain words: two to ten short sentences, grade 10 or lower. */
    explanation: z.string().min(80).max(1200).refine(noMarkup, 'must not contain < or >'),
    /** Shows the crisis note (where to get help now) with this entry. */
    crisis: z.boolean().optional(),
    related: z.array(z.string().regex(ENTRY_ID)).default([]),
    sources: z.array(sourceSchema).min(1),
    reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD'),
  })
  .superRefine((entry, ctx) => {
    if (!entry.pronunciation && needsPronunciation(entry))
      ctx.addIssue({
        code: 'custom',
        path: ['pronunciation'],
        message: 'is required for an acronym, drug, mechanism or condition (needsPronunciation in glossary/schema.ts)',
      });
  });

export type SenseGuard = z.infer<typeof senseGuardSchema>;
export type GlossarySource = z.infer<typeof sourceSchema>;
/**
 * An entry as the views take it. Every bundled entry has a `clinical` text
 * (the schema requires it); a reader's own term, shown by the same views
 * (glossary/own/as-entry.ts), has none, so the type leaves it optional.
 */
export type GlossaryEntry = Omit<z.infer<typeof entrySchema>, 'clinical'> & { clinical?: string };
