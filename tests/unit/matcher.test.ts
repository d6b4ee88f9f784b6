import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../glossary/abbreviations';
import { compileMatcher, type MatchableEntry } from '../../glossary/matcher';

const GLOSSARY: MatchableEntry[] = [
  { id: 'ketamine', forms: [{ text: 'ketamine' }, { text: 'Special K', ambiguous: true }] },
  {
    id: 'nmda-receptor',
    forms: [{ text: 'NMDA receptor' }, { text: 'NMDA', caseSensitive: true }, { text: 'NMDAR', caseSensitive: true }],
  },
  {
    id: 'depression',
    forms: [
      { text: 'depression', ambiguous: true },
      { text: 'MDD', caseSensitive: true },
    ],
  },
  {
    id: 'trd',
    forms: [{ text: 'treatment-resistant depression' }, { text: 'TRD', caseSensitive: true }],
  },
  { id: 'ssri', forms: [{ text: 'SSRI', caseSensitive: true }, { text: 'selective serotonin reuptake inhibitor' }] },
  { id: 'who', forms: [{ text: 'WHO', caseSensitive: true, ambiguous: true }, { text: 'World Health Organization' }] },
  { id: 'ema', forms: [{ text: 'EMA', caseSensitive: true, ambiguous: true }] },
  { id: 'iv', forms: [{ text: 'IV', caseSensitive: true, ambiguous: true }, { text: 'intravenous' }] },
  { id: 'migraine', forms: [{ text: 'migraine' }] },
  { id: 'crps', forms: [{ text: 'complex regional pain syndrome' }, { text: 'CRPS', caseSensitive: true }] },
  { id: 'therapy', forms: [{ text: 'psychotherapy' }] },
  { id: 'im', forms: [{ text: 'intramuscular' }, { text: 'IM', caseSensitive: true, ambiguous: true }] },
  { id: 'esketamine', forms: [{ text: 'esketamine' }] },
];
const matcher = compileMatcher(GLOSSARY);
const found = (text: string, defined?: Map<string, string>) =>
  matcher.match(text, defined).map((m) => [text.slice(m.start, m.end), m.entryId]);

describe('matcher rules', () => {
  it.each([
    [
      'Ketamine and KETAMINE and ketamine',
      [
        ['Ketamine', 'ketamine'],
        ['KETAMINE', 'ketamine'],
        ['ketamine', 'ketamine'],
      ],
    ],
    ['the WHO said; who knows, Who cares', [['WHO', 'who']]],
    ['TRD is not trd or Trd', [['TRD', 'trd']]],
    ['EMAIL WHOLESALE IVory TRD2 xNMDA ketamines2', []],
    ['see www.who.int or ema.europa.eu or https://x.org/ketamine or mail ketamine@example.com', []],
    ['visit ketamine.com today', []],
    // A label past ASCII is a domain's too; a label that starts with a hyphen is no domain's.
    ['see ketamine.münchen.de or ketamine.-x.com', [['ketamine', 'ketamine']]],
    ['(visit ketamine.com). “https://x.org/ketamine”, </ketamine> or ./ketamine', []],
    [
      'ketamine. Then ketamine: and (ketamine), “ketamine”',
      [
        ['ketamine', 'ketamine'],
        ['ketamine', 'ketamine'],
        ['ketamine', 'ketamine'],
        ['ketamine', 'ketamine'],
      ],
    ],
    ['treatment resistant depression', [['treatment resistant depression', 'trd']]],
    ['treatment-resistant depression', [['treatment-resistant depression', 'trd']]],
    ['treatment–resistant\u00a0depression', [['treatment–resistant\u00a0depression', 'trd']]],
    ['treatment-\nresistant\n depression', [['treatment-\nresistant\n depression', 'trd']]],
    [
      'NMDA receptors and SSRIs and migraines',
      [
        ['NMDA receptors', 'nmda-receptor'],
        ['SSRIs', 'ssri'],
        ['migraines', 'migraine'],
      ],
    ],
    [
      "ketamine's and ketamine’s",
      [
        ["ketamine's", 'ketamine'],
        ['ketamine’s', 'ketamine'],
      ],
    ],
    [
      'NMDA receptor beats NMDA',
      [
        ['NMDA receptor', 'nmda-receptor'],
        ['NMDA', 'nmda-receptor'],
      ],
    ],
    [
      'treatment-resistant depression beats depression',
      [
        ['treatment-resistant depression', 'trd'],
        ['depression', 'depression'],
      ],
    ],
    [
      'esketamine is not ketamine',
      [
        ['esketamine', 'esketamine'],
        ['ketamine', 'ketamine'],
      ],
    ],
    ['keta\u00admine with a soft hyphen', [['keta\u00admine', 'ketamine']]],
    ['psychotherapies help', [['psychotherapies', 'therapy']]],
    [
      '(ketamine), "ketamine." ketamine!',
      [
        ['ketamine', 'ketamine'],
        ['ketamine', 'ketamine'],
        ['ketamine', 'ketamine'],
      ],
    ],
    ['кетамин ketaminé ketamine\u0301', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports ambiguous forms as ambiguous and others not', () => {
    const ms = matcher.match('Special K cereal, depression, IV drip, intravenous drip');
    expect(ms.map((m) => [m.form, m.ambiguous])).toEqual([
      ['Special K', true],
      ['depression', true],
      ['IV', true],
      ['intravenous', false],
    ]);
  });

  it('binds abbreviations the page defines for itself', () => {
    const text =
      'Complex regional pain syndrome (CRPS) is rare. ESK and IM: esketamine (ESK) given intramuscular (IM).';
    const defs = findDefinitions(text, matcher.match(text));
    expect(defs).toEqual([
      { abbr: 'CRPS', entryId: 'crps' },
      { abbr: 'ESK', entryId: 'esketamine' },
      { abbr: 'IM', entryId: 'im' },
    ]);
    const defined = new Map(defs.map((d) => [d.abbr, d.entryId]));
    const ms = matcher.match(text, defined);
    expect(ms.map((m) => [text.slice(m.start, m.end), m.entryId, m.ambiguous])).toEqual([
      ['Complex regional pain syndrome', 'crps', false],
      ['CRPS', 'crps', false],
      ['ESK', 'esketamine', false],
      ['IM', 'im', false],
      ['esketamine', 'esketamine', false],
      ['ESK', 'esketamine', false],
      ['intramuscular', 'im', false],
      ['IM', 'im', false],
    ]);
  });

  it('finds definitions written the other way round, and ignores non-abbreviations', () => {
    const text = 'CRPS (complex regional pain syndrome) differs; ketamine (Ketalar) and ketamine (see below).';
    expect(findDefinitions(text, matcher.match(text))).toEqual([{ abbr: 'CRPS', entryId: 'crps' }]);
  });
});

describe('emoji and other characters outside the Basic Multilingual Plane', () => {
  it('separate words: a term written right against an emoji is still a term', () => {
    expect(found('😀ketamine😀 and 🧠NMDA receptor')).toEqual([
      ['ketamine', 'ketamine'],
      ['NMDA receptor', 'nmda-receptor'],
    ]);
  });
});
