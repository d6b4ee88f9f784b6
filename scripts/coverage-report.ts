/**
 * `npx tsx scripts/coverage-report.ts [articles-dir] [--all]`: how much of real
 * articles about ketamine therapy the glossary explains. Runs the real matcher,
 * compiled from the compact entries exactly as the content script builds it,
 * with the whole-page rule (glossary/page-model.ts), over every .txt file in
 * the directory (default ../shared/articles beside the repository), and prints
 *
 * (a) which entries occur, per article and overall, and which occur in none;
 * (b) the words and two-word phrases left unexplained, by frequency: text that
 *     no form matched, less common function words. Words that look medical
 *     (by their affixes) are listed apart, however rare. `--all` lists every
 *     candidate, not only those seen twice.
 *
 * The articles are other people's text: they are read here, never copied into
 * the repository. Without the directory the report is skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileMatcher } from '../glossary/matcher';
import { isWordChar } from '../glossary/normalize';
import { analyzeText } from '../glossary/page-model';
import { compactEntry } from '../glossary/compact-entry';
import { loadGlossaryFromDisk } from './glossary-build';
import { STOPWORDS } from './lib/stopwords';

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const dir = resolve(
  args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', 'shared', 'articles'),
);
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} not found`);
  process.exit(0);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
if (files.length === 0) {
  console.log(`skipped: no .txt articles in ${dir}`);
  process.exit(0);
}

const entries = loadGlossaryFromDisk().map(compactEntry);
const matcher = compileMatcher(entries);
const byId = new Map(entries.map((e) => [e.id, e]));

// Words that look like medical or scientific vocabulary: worth judging even when seen once.
const MEDICAL_LOOKING =
  /^(?:neuro|psych|pharma|thera|anal?ges|an(?:a|ae|e)sth|cardi|gastr|hepat|renal|cortic|dopa|sero|gluta|synap|recept|dissoc|halluc|sedat|toxic|chron|acute|clinic|diagnos|symptom|syndrome|disorder|patholog|physiol|metabol|intra|inject|infus|dose|dosing|dosage|adminis|efficac|placebo|trial|remission|relapse|withdraw|tolera|depend|addict|opi|benzo|ssri)|(?:ology|ologist|iatry|iatric|itis|osis|emia|aemia|pathy|ergic|genic|genesis|tropic|trope|algia|otic|oid|amine|mab)$/i;

interface Tally {
  count: number;
  articles: Set<string>;
}
const unigrams = new Map<string, Tally>();
const bigrams = new Map<string, Tally>();
const tally = (map: Map<string, Tally>, key: string, article: string) => {
  const t = map.get(key) ?? { count: 0, articles: new Set<string>() };
  t.count++;
  t.articles.add(article);
  map.set(key, t);
};

const occurring = new Map<string, Set<string>>();
console.log(`Glossary: ${entries.length} entries. Articles: ${files.length} in ${dir}\n`);
console.log('(a) entries per article (highlighted / held back for want of medical context)');
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const analysis = analyzeText(text, matcher, byId);
  const ids = new Set(analysis.highlighted.map((m) => m.entryId));
  for (const id of ids) occurring.set(id, (occurring.get(id) ?? new Set()).add(file));
  const words = text.split(/\s+/).filter(Boolean).length;
  console.log(
    `  ${file}: ${words} words, ${analysis.highlighted.length} marks of ${ids.size} entries, ${analysis.held.length} held`,
  );

  // Blank out every matched span (held ones too: the glossary knows them), then count what is left.
  let rest = text;
  for (const m of [...analysis.highlighted, ...analysis.held])
    rest = rest.slice(0, m.start) + '|'.padEnd(m.end - m.start, ' ') + rest.slice(m.end);
  // Clauses: a bigram never spans punctuation or a matched term.
  for (const clause of rest.split(/[.,;:!?()[\]"“”|/•\n]+/)) {
    const words = clause
      .split(/[^\p{L}\p{N}'’-]+/u)
      .map((w) => w.replace(/^['’-]+|['’-]+$/g, '').replace(/’/g, "'"))
      .filter((w) => w.length > 0 && isWordChar(w.charCodeAt(0)));
    words.forEach((w, i) => {
      const lw = w.toLowerCase().replace(/'s$/, '');
      if (!STOPWORDS.has(lw) && lw.length > 2 && !/^\d+$/.test(lw)) tally(unigrams, lw, file);
      const next = words[i + 1]?.toLowerCase().replace(/'s$/, '');
      if (next && !STOPWORDS.has(lw) && !STOPWORDS.has(next)) tally(bigrams, `${lw} ${next}`, file);
    });
  }
}

const none = entries.filter((e) => !occurring.has(e.id)).map((e) => e.id);
console.log(`\n  entries occurring in at least one article: ${occurring.size} of ${entries.length}`);
console.log(`  in all ${files.length}: ${[...occurring].filter(([, s]) => s.size === files.length).length}`);
console.log(
  `  occurring: ${[...occurring]
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .map(([id, s]) => `${id}(${s.size})`)
    .join(' ')}`,
);
console.log(`  in none (${none.length}): ${none.join(' ')}`);

const minCount = showAll ? 1 : 2;
const rank = (map: Map<string, Tally>, keep: (k: string, t: Tally) => boolean) =>
  [...map]
    .filter(([k, t]) => keep(k, t))
    .sort((a, b) => b[1].articles.size - a[1].articles.size || b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([k, t]) => `${k} ${t.count}/${t.articles.size}`);

const medical = rank(unigrams, (k) => MEDICAL_LOOKING.test(k));
const plainWords = rank(unigrams, (k, t) => !MEDICAL_LOOKING.test(k) && t.count >= minCount);
const phrases = rank(bigrams, (_, t) => t.count >= minCount);
console.log('\n(b) unexplained candidates (count/articles), most widespread first');
console.log(`  medical-looking words (${medical.length}):\n    ${medical.join(', ')}`);
console.log(`  other words seen ${minCount}+ times (${plainWords.length}):\n    ${plainWords.join(', ')}`);
console.log(`  two-word phrases seen ${minCount}+ times (${phrases.length}):\n    ${phrases.join(', ')}`);
