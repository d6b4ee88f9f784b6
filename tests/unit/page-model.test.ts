import { describe, expect, it } from 'vitest';
import { entries } from 'virtual:termlens-glossary';
import { compileMatcher } from '../../glossary/matcher';
import {
  analyzeBlocks,
  decide,
  type BlockInput,
  type DecideInput,
  type MarkState,
  type ModelOptions,
} from '../../glossary/page-model';
import { buildGuards } from '../../glossary/sense';

const matcher = compileMatcher(entries);
const guards = buildGuards(entries);
const isOrganisation = (id: string) => entries.find((e) => e.id === id)?.category === 'organisation';

describe('the state of one occurrence', () => {
  const base: DecideInput = {
    ambiguous: false,
    contextSatisfied: false,
    reading: true,
    heading: false,
    shownInSection: false,
    muted: false,
    density: 'first-in-section',
    everywhere: false,
  };
  it.each<[string, Partial<DecideInput>, MarkState]>([
    ['first in its section, in prose', {}, 'shown'],
    ['again in the same section', { shownInSection: true }, 'extra'],
    ['again, with "every occurrence"', { shownInSection: true, density: 'every' }, 'shown'],
    ['in a heading', { heading: true, reading: false }, 'extra'],
    ['in a menu', { reading: false }, 'quiet'],
    ['in a menu, with "mark everywhere"', { reading: false, everywhere: true }, 'shown'],
    ['ambiguous, region not medical', { ambiguous: true }, 'held'],
    ['ambiguous, region medical', { ambiguous: true, contextSatisfied: true }, 'shown'],
    ['muted', { muted: true }, 'muted'],
  ])('%s → %s', (_, change, state) => {
    expect(decide({ ...base, ...change })).toBe(state);
  });
});

const run = (
  blocks: BlockInput<string>[],
  options: ModelOptions = { density: 'first-in-section', everywhere: false },
) =>
  analyzeBlocks(blocks, matcher, guards, isOrganisation, options).map(
    (p) => `${blocks[p.block]!.text.slice(p.match.start, p.match.end)}:${p.state}`,
  );
const prose = (text: string, region: string, section = region): BlockInput<string> => ({
  text,
  reading: true,
  heading: false,
  regions: [region],
  section,
});

describe('a front page with one medical story', () => {
  const page = [
    prose('Henry IV and the confusion of his court: a new biography.', 'history'),
    prose('Ketamine and esketamine are studied for depression; nausea and confusion are common.', 'health'),
    prose('Special K scored twice as the club ended its depression of a season.', 'sport'),
  ];
  it('marks ambiguous words only inside the medical story', () => {
    expect(run(page)).toEqual([
      'confusion:held',
      'Ketamine:shown',
      'esketamine:shown',
      'depression:shown',
      'nausea:shown',
      'confusion:shown',
      'Special K:held',
      'depression:held',
    ]);
  });

  it('releases held words of a region once that region turns medical further down', () => {
    const story = [
      prose('Dissociation and confusion may follow.', 'a'),
      prose('Ketamine and esketamine infusions.', 'a'),
    ];
    expect(run(story)).toEqual([
      'Dissociation:shown',
      'confusion:shown',
      'Ketamine:shown',
      'esketamine:shown',
      'infusions:shown',
    ]);
  });
});

describe('density and placement', () => {
  it('marks a term once per section, never in headings, and not in menus', () => {
    const blocks: BlockInput<string>[] = [
      { text: 'Ketamine', reading: false, heading: false, regions: ['nav'], section: 'nav' },
      { text: 'What is ketamine?', reading: false, heading: true, regions: ['a'], section: 'h1' },
      prose('Ketamine is an anaesthetic. Ketamine is also studied.', 'a', 'h1'),
      { text: 'How ketamine works', reading: false, heading: true, regions: ['a'], section: 'h2' },
      prose('Ketamine blocks the NMDA receptor.', 'a', 'h2'),
    ];
    expect(run(blocks)).toEqual([
      'Ketamine:quiet',
      'ketamine:extra',
      'Ketamine:shown',
      'anaesthetic:shown',
      'Ketamine:extra',
      'ketamine:extra',
      'Ketamine:shown',
      'NMDA receptor:shown',
    ]);
    expect(run(blocks, { density: 'every', everywhere: true }).every((s) => s.endsWith(':shown'))).toBe(true);
  });

  it('reads no block that is not English', () => {
    expect(run([{ ...prose('Die Integration und die Tolerance-Politik.', 'a'), english: false }])).toEqual([]);
  });

  it('takes no evidence from menus: a medical site menu does not make a sports story medical', () => {
    const blocks: BlockInput<string>[] = [
      { text: 'Ketamine, esketamine, fibromyalgia', reading: false, heading: false, regions: ['page'], section: 'n' },
      prose('The striker played through his depression of form.', 'page'),
    ];
    expect(run(blocks)).toContain('depression:held');
  });
});
