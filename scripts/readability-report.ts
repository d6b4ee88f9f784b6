/**
 * `npx tsx scripts/readability-report.ts [field] [id…]`: Flesch-Kincaid grades
 * of the glossary's texts (field: short, explanation or clinical; default
 * short), hardest first, with the median and 90th percentile.
 */
import { gradeLevel, median, percentile } from '../glossary/readability';
import { loadGlossaryFromDisk } from './glossary-build';

const [field = 'short', ...ids] = process.argv.slice(2);
if (!['short', 'explanation', 'clinical'].includes(field)) throw new Error(`unknown field ${field}`);
const entries = loadGlossaryFromDisk().filter((e) => ids.length === 0 || ids.includes(e.id));
const rows = entries
  .map((e) => ({ id: e.id, text: (e as unknown as Record<string, string | undefined>)[field] }))
  .filter((r): r is { id: string; text: string } => !!r.text)
  .map((r) => ({ ...r, grade: gradeLevel(r.text) }))
  .sort((a, b) => b.grade - a.grade);
const grades = rows.map((r) => r.grade);
for (const r of rows) console.log(`${r.grade.toFixed(1).padStart(5)}  ${r.id}: ${r.text}`);
console.log(
  `\n${field}: ${rows.length} texts, median ${median(grades).toFixed(1)}, p90 ${percentile(grades, 0.9).toFixed(1)}, above 8: ${grades.filter((g) => g > 8).length}`,
);
