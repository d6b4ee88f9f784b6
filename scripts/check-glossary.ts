// Validates every file in glossary/entries and prints each problem with its entry and field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems, validateGlossary } from '../glossary/validate';

const dir = join(import.meta.dirname, '..', 'glossary', 'entries');
const raw: unknown[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  try {
    raw.push(...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown[]));
  } catch (err) {
    console.error(`${file}: not valid JSON: ${(err as Error).message}`);
    process.exit(1);
  }
}
const result = validateGlossary(raw);
if (!result.ok) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
console.log(
  `glossary ok: ${result.entries.length} entries, ${result.entries.reduce((n, e) => n + e.forms.length, 0)} forms`,
);
