import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries } from 'virtual:termlens-glossary';
import { compileMatcher } from '../../glossary/matcher';
import { canonical } from '../../glossary/normalize';
import { CATEGORY_IDS, entrySchema, type GlossaryEntry } from '../../glossary/schema';
import { ALLOWED_SOURCE_DOMAINS } from '../../glossary/source-hosts';
import scope from '../fixtures/glossary-scope.json';
import { chromeMessages, localeNames } from '../../scripts/lib/locale-messages';

const ENTRIES_DIR = join(import.meta.dirname, '..', '..', 'glossary', 'entries');
const byId = new Map(entries.map((e) => [e.id, e]));
const matcher = compileMatcher(entries);

/** Sentences of glossary prose; abbreviations such as "U.S." or "e.g." do not end one. */
function sentences(text: string): string[] {
  const out: string[] = [];
  const end = /[.!?]["'’”)\]]*(?=\s+["'‘“(]?[A-Z0-9]|\s*$)/g;
  let start = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (/\b(?:U\.S|U\.K|e\.g|i\.e|etc|vs|Dr)\.$/.test(text.slice(start, m.index + 1))) continue;
    out.push(text.slice(start, m.index + m[0].length).trim());
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) out.push(text.slice(start).trim());
  return out;
}

const prose = (e: GlossaryEntry) => `${e.headword}. ${e.short} ${e.explanation}`;

/** Does `text` (as found on a page) spell one of the entry's forms, allowing a regular plural or possessive? */
function entryLists(entry: GlossaryEntry, text: string): boolean {
  return [entry.headword, ...entry.forms.map((f) => f.text)].some((form) => {
    const cs = entry.forms.find((f) => f.text === form)?.caseSensitive ?? false;
    const want = canonical(form, !cs);
    const got = canonical(text, !cs);
    return [
      got,
      ...["'s", "s'", 's', 'es'].filter((end) => got.endsWith(end)).map((end) => got.slice(0, -end.length)),
    ].includes(want);
  });
}

describe('glossary data', () => {
  it('has at least 75 entries and every category', () => {
    expect(entries.length).toBeGreaterThanOrEqual(75);
    expect(new Set(entries.map((e) => e.category))).toEqual(new Set(CATEGORY_IDS));
  });

  it('passes the schema, entry by entry, as stored on disk', () => {
    const failures: string[] = [];
    for (const file of readdirSync(ENTRIES_DIR).filter((f) => f.endsWith('.json'))) {
      for (const raw of JSON.parse(readFileSync(join(ENTRIES_DIR, file), 'utf8')) as { id?: string }[]) {
        const parsed = entrySchema.safeParse(raw);
        if (!parsed.success)
          failures.push(`${file} ${raw.id}: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const dupes = entries.map((e) => e.id).filter((id) => seen.has(id) || !seen.add(id));
    expect(dupes).toEqual([]);
  });

  it('maps no form to two entries unless both sides are marked shared', () => {
    const owners = new Map<string, { id: string; cs: boolean; exact: string; shared: boolean }[]>();
    for (const e of entries)
      for (const f of e.forms) {
        const key = canonical(f.text, true);
        owners.set(key, [
          ...(owners.get(key) ?? []),
          { id: e.id, cs: !!f.caseSensitive, exact: canonical(f.text, false), shared: !!f.shared },
        ]);
      }
    const clashes: string[] = [];
    for (const [key, list] of owners)
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const [a, b] = [list[i]!, list[j]!];
          const sameText = !a.cs || !b.cs || a.exact === b.exact;
          if (sameText && !(a.shared && b.shared)) clashes.push(`"${key}": ${a.id} / ${b.id}`);
        }
    expect(clashes).toEqual([]);
  });

  it('relates only to entries that exist, never to itself', () => {
    const broken = entries.flatMap((e) =>
      e.related.filter((r) => !byId.has(r) || r === e.id).map((r) => `${e.id} → ${r}`),
    );
    expect(broken).toEqual([]);
  });

  it('cites only https sources on the allowed hosts', () => {
    const bad = entries.flatMap((e) =>
      e.sources
        .filter((s) => {
          const url = new URL(s.url);
          return (
            url.protocol !== 'https:' ||
            !ALLOWED_SOURCE_DOMAINS.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`))
          );
        })
        .map((s) => `${e.id}: ${s.url}`),
    );
    expect(bad).toEqual([]);
  });

  it('was reviewed on a real date, not in the future', () => {
    const bad = entries.filter((e) => {
      const d = new Date(`${e.reviewed}T00:00:00Z`);
      return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== e.reviewed || d.getTime() > Date.now();
    });
    expect(bad.map((e) => `${e.id}: ${e.reviewed}`)).toEqual([]);
  });

  // Plain language means short sentences: a tooltip may take three, an explanation up to ten (its length is capped by the schema).
  it('keeps the tooltip to one to three sentences, the explanation to 2–10 sentences', () => {
    const bad = entries.flatMap((e) => {
      const s = sentences(e.short).length;
      const x = sentences(e.explanation).length;
      return [
        ...(s < 1 || s > 3 ? [`${e.id}: short has ${s} sentences`] : []),
        ...(x < 2 || x > 10 ? [`${e.id}: explanation has ${x} sentences`] : []),
      ];
    });
    expect(bad).toEqual([]);
  });

  it('lists the headword among the forms', () => {
    const bad = entries.filter((e) => !e.forms.some((f) => canonical(f.text, true) === canonical(e.headword, true)));
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('marks every entry that speaks of suicide or self-harm as a crisis entry', () => {
    const bad = entries.filter((e) => /suicid|self[- ]harm|kill (?:them|your|him|her)sel/i.test(prose(e)) && !e.crisis);
    expect(bad.map((e) => e.id)).toEqual([]);
    expect(entries.filter((e) => e.crisis).length).toBeGreaterThan(0);
  });

  it('gives no advice and no dosing', () => {
    const advice: [RegExp, string][] = [
      [/\byou (?:should|must|need to|ought to)\b/i, 'tells the reader what to do'],
      [
        /\b(?:ask|tell|talk (?:to|with)|speak (?:to|with)|consult|check with|see) your (?:doctor|gp|pharmacist|prescriber|clinician|therapist)\b/i,
        'sends the reader to their doctor',
      ],
      [/\b(?:do not|don't|never|always) (?:take|use|stop|mix|combine|drive)\b/i, 'gives an instruction'],
      [/\b(?:start|stop|avoid) taking\b/i, 'gives an instruction'],
      [/\bwe (?:recommend|suggest|advise)\b/i, 'recommends'],
      [/\b(?:is|are) (?:right|safe|best) for you\b/i, 'judges for the reader'],
      [/\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|milligrams?|micrograms?)\b/i, 'gives an amount'],
      [/\bmg\b|\bmg\/kg\b|per kilogram|\bdoses? of \d/i, 'gives a dose'],
    ];
    const bad = entries.flatMap((e) =>
      advice.filter(([re]) => re.test(prose(e))).map(([re, why]) => `${e.id} ${why}: ${prose(e).match(re)?.[0]}`),
    );
    expect(bad).toEqual([]);
  });

  it.each(localeNames())(
    'ships, in locale %s, a disclaimer and a crisis note naming services in more than one country',
    (locale) => {
      const messages = chromeMessages(locale);
      expect(messages.notice_disclaimer).toMatch(locale === 'en' ? /not medical advice/i : /\S/);
      expect(chromeMessages('en').notice_crisis).toMatch(/local emergency number/i);
      expect(messages.notice_crisis?.match(/\b\d{3}(?: \d{3})?\b/g)?.length).toBeGreaterThanOrEqual(2);
    },
  );
});

interface ScopeForm {
  text: string;
  ambiguous?: boolean;
}
interface ScopeConcept {
  headword: string;
  ambiguous?: boolean;
  forms: ScopeForm[];
  mustNotMatch?: string[];
}
const concepts: ScopeConcept[] = scope.sections.flatMap((s) => s.concepts);
const scopeForms = concepts.flatMap((c) => [{ text: c.headword, ambiguous: c.ambiguous }, ...c.forms]);

describe('glossary scope (tests/fixtures/glossary-scope.json)', () => {
  it('covers all five sections of the scope', () => {
    expect(scope.sections.map((s) => s.section)).toHaveLength(5);
    expect(scopeForms.length).toBeGreaterThan(100);
  });

  it('lets the matcher find every listed form, whole, bound to an entry that lists it', () => {
    const missing: string[] = [];
    for (const { text } of scopeForms) {
      const found = matcher.match(text);
      const whole = found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0] : undefined;
      if (!whole)
        missing.push(
          `"${text}" (found: ${found.map((m) => `"${text.slice(m.start, m.end)}"→${m.entryId}`).join(', ') || 'nothing'})`,
        );
      else if (!entryLists(byId.get(whole.entryId)!, text))
        missing.push(`"${text}" (bound to ${whole.entryId}, which does not list it)`);
    }
    expect(missing, `scope forms the glossary does not reach:\n${missing.join('\n')}`).toEqual([]);
  });

  it('marks every form the scope flags ⚠ as ambiguous', () => {
    const flagged = scopeForms.filter((f) => f.ambiguous);
    expect(flagged.length).toBeGreaterThanOrEqual(20);
    const notAmbiguous = flagged.filter((f) => !matcher.match(f.text).every((m) => m.ambiguous)).map((f) => f.text);
    expect(notAmbiguous, `⚠ forms the glossary treats as unambiguous: ${notAmbiguous.join(', ')}`).toEqual([]);
  });

  it('never matches the everyday words the scope rules out', () => {
    const rogue = concepts.flatMap((c) => (c.mustNotMatch ?? []).filter((t) => matcher.match(t).length > 0));
    expect(rogue).toEqual([]);
  });
});
