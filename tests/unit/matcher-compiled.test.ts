import { syntheticWord } from '../../scripts/lib/synthetic-words';
import { describe, expect, it } from 'vitest';
import { packed } from 'virtual:termlens-matcher';
import { entries } from 'virtual:termlens-glossary-compact';
import { canonical } from '../../glossary/normalize';
import { ownMatcher } from '../../glossary/own/compile';
import {
  compileMatcher,
  compileMatcherData,
  loadMatcher,
  loadPackedMatcher,
  packMatcherData,
} from '../../glossary/matcher';

const forms = entries.flatMap((e) => e.forms.map((f) => ({ id: e.id, text: f.text })));
const sameForm = (a: string, b: string) => canonical(a, true) === canonical(b, true);

describe('the matcher the build ships', () => {
  it('finds every form of the bundled glossary, as an entry that has it', () => {
    const matcher = loadPackedMatcher(packed, entries);
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
    expect(loadPackedMatcher(packed, entries).match(text)).toEqual(onTheSpot);
  });

  it('survives being stored as JSON', () => {
    const data = JSON.parse(JSON.stringify(compileMatcherData(entries)));
    const text = 'Esketamine nasal spray for treatment-resistant depression (TRD) blocks NMDA receptors.';
    expect(loadMatcher(data, entries).match(text)).toEqual(compileMatcher(entries).match(text));
  });

  it('keeps a 20,000-term glossary, whose trie has far more nodes than a code unit can count, and matches as compiled on the spot', () => {
    const word = (i: number) => syntheticWord(i, 4);
    const big = Array.from({ length: 20_000 }, (_, i) => ({
      id: `o-big-${i}`,
      forms: [{ text: `${word(i)} ${word(i * 7 + 3)}` }, { text: `${word(i * 13 + 5)}ß 漢${i}` }],
    }));
    const data = compileMatcherData(big);
    const nodes = data.children.length;
    expect(nodes).toBeGreaterThan(0xffff);
    const text = big
      .filter((_, i) => i % 97 === 0)
      .map((e, i) => e.forms[i % 2]!.text)
      .join(', and the ');
    const onTheSpot = compileMatcher(big).match(text);
    expect(onTheSpot.length).toBeGreaterThan(200);
    expect(loadMatcher(JSON.parse(JSON.stringify(data)), big).match(text)).toEqual(onTheSpot);
    const bytes = JSON.parse(JSON.stringify(packMatcherData(big)));
    expect(bytes.nodes).toBe(nodes);
    expect(loadPackedMatcher(bytes, big).match(text)).toEqual(onTheSpot);
  }, 60_000);

  it('refuses a stored form that does not fit its entries, instead of failing later on a page', () => {
    const data = compileMatcherData(entries);
    expect(() => loadMatcher(data, entries.slice(0, 3))).toThrow('names a form it was not given');
    expect(() => loadMatcher({ ...data, targets: data.targets.slice(1) }, entries)).toThrow('does not fit together');
  });

  it('reads the packed trie with the native base64 decoder as with its own, and as compiled on the spot', () => {
    const text = 'Esketamine nasal spray for treatment-resistant depression (TRD) blocks NMDA receptors.';
    const native = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));
    const own = loadPackedMatcher(packed, entries).match(text);
    expect(own.map((m) => m.form)).toContain('esketamine');
    expect(loadPackedMatcher(packed, entries, native).match(text)).toEqual(own);
    expect(loadPackedMatcher(packed, entries, null).match(text)).toEqual(own);
    expect(own).toEqual(compileMatcher(entries).match(text));
    expect(packMatcherData(entries)).toEqual(packed);
  });

  it('refuses a packed trie that does not fit its header or its entries', () => {
    const data = packMatcherData(entries);
    expect(() => loadPackedMatcher(data, entries.slice(0, 3))).toThrow('names a form it was not given');
    expect(() => loadPackedMatcher({ ...data, nodes: data.nodes - 1 }, entries)).toThrow('does not fit together');
    expect(() => loadPackedMatcher({ ...data, bytes: data.bytes.slice(8) }, entries)).toThrow('does not fit together');
    expect(() => loadPackedMatcher({ ...data, bytes: `!${data.bytes.slice(1)}` }, entries)).toThrow(
      /base64|SyntaxError|character/i,
    );
  });

  it("a reader's damaged packed trie never breaks a page: the glossary is compiled on the spot and matches the same", () => {
    const text = 'Esketamine nasal spray for treatment-resistant depression (TRD) blocks NMDA receptors.';
    const onTheSpot = compileMatcher(entries).match(text);
    const data = packMatcherData(entries);
    const ints = new Int32Array(new Uint8Array(Buffer.from(data.bytes, 'base64')).buffer);
    ints[1] = 0x7fffffff; // the root's children run far past the arrays, and back again
    const backwards = { ...data, bytes: Buffer.from(ints.buffer).toString('base64') };
    expect(() => loadPackedMatcher(backwards, entries)).toThrow('does not fit together');
    const damaged: unknown[] = [
      backwards,
      { ...data, bytes: data.bytes.slice(0, -8) },
      { ...data, bytes: 'not base64 at all' },
      { ...data, bytes: 42 },
      { ...data, nodes: -1 },
      { formCount: 2, children: '!!', ending: '  ', codes: 'a', targets: '!', forms: '' },
    ];
    for (const trie of damaged) expect(ownMatcher(entries, trie as never).match(text)).toEqual(onTheSpot);
  });
});
