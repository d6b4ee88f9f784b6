import { describe, expect, it } from 'vitest';
import { compiled } from 'virtual:termlens-matcher';
import { entries } from 'virtual:termlens-glossary-compact';
import { canonical } from '../../glossary/normalize';
import { compileMatcher, compileMatcherData, loadMatcher } from '../../glossary/matcher';

const forms = entries.flatMap((e) => e.forms.map((f) => ({ id: e.id, text: f.text })));
const sameForm = (a: string, b: string) => canonical(a, true) === canonical(b, true);

describe('the matcher the build ships', () => {
  it('finds every form of the bundled glossary, as an entry that has it', () => {
    const matcher = loadMatcher(compiled, entries);
    const missed: string[] = [];
    for (const form of forms) {
      const text = `See ${form.text} here.`;
      const [m] = matcher.match(text);
      const owners = forms.filter((f) => sameForm(f.text, form.text)).map((f) => f.id);
      if (!m || m.start !== 4 || m.end !== 4 + form.text.length || !owners.includes(m.entryId)) missed.push(form.text);
    }
    expect(missed).toEqual([]);
  });

  it('matches a page the way a matcher compiled on the spot does', () => {
    const text = forms.map((f, i) => (i % 3 ? `${f.text}s` : f.text)).join('. And the ');
    const onTheSpot = compileMatcher(entries).match(text);
    expect(onTheSpot.length).toBeGreaterThan(forms.length / 2);
    expect(loadMatcher(compiled, entries).match(text)).toEqual(onTheSpot);
  });

  it('survives being stored as JSON', () => {
    const data = JSON.parse(JSON.stringify(compileMatcherData(entries)));
    const text = 'Esketamine nasal spray for treatment-resistant depression (TRD) blocks NMDA receptors.';
    expect(loadMatcher(data, entries).match(text)).toEqual(compileMatcher(entries).match(text));
  });
});
