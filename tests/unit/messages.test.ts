import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessages, parseMessage, parsePageState } from '../../lib/messages';

describe('parseMessage: only well-formed messages of our own get through', () => {
  it('accepts each message type in its proper shape', () => {
    const good = [
      { type: 'get-page-state' },
      { type: 'get-stats' },
      { type: 'reveal-term', id: 'nmda-receptor' },
      { type: 'run-command', command: 'toggle-site' },
      { type: 'run-command', command: 'next-term' },
      { type: 'run-command', command: 'previous-term' },
      {
        type: 'page-state-changed',
        state: { hostname: 'example.org', on: false, reason: 'off-site', terms: [], scanning: false },
      },
      {
        type: 'page-state-changed',
        state: {
          hostname: 'example.org',
          on: true,
          reason: 'on',
          terms: [{ id: 'ketamine', headword: 'ketamine', count: 3 }],
          scanning: true,
        },
      },
      { type: 'open-reference' },
      { type: 'open-reference', id: 'ketamine' },
      { type: 'open-reference', query: 'pain after surgery' },
      { type: 'context-term', id: 'ketamine', headword: 'ketamine' },
      { type: 'context-term', id: null, headword: '' },
      { type: 'mute-context-term' },
    ];
    expect(good.filter((message) => parseMessage(message) !== message)).toEqual([]);
  });

  it('a right-click term is an entry id (or none) with a short headword', () => {
    const bad = [
      { type: 'context-term', id: 'Not An Id', headword: 'x' },
      { type: 'context-term', id: 'ketamine' },
      { type: 'context-term', id: 'ketamine', headword: 'x'.repeat(121) },
    ];
    expect(bad.map((m) => parseMessage(m))).toEqual([null, null, null]);
  });

  it('drops anything that is not an object with a string type', () => {
    const bad: unknown[] = [
      undefined,
      null,
      0,
      42,
      true,
      'get-stats',
      Symbol('get-stats'),
      () => ({ type: 'get-stats' }),
      [],
      [{ type: 'get-stats' }],
      {},
      { type: 1 },
      { type: null },
      { type: ['get-stats'] },
      { type: { toString: () => 'get-stats' } },
    ];
    expect(bad.filter((raw) => parseMessage(raw) !== null)).toEqual([]);
  });

  it('drops unknown types, including near misses', () => {
    const types = ['delete-everything', 'GET-STATS', ' get-stats', 'get-stats ', 'get_stats', 'getStats', ''];
    expect(types.filter((type) => parseMessage({ type }) !== null)).toEqual([]);
  });

  it('drops types that name keys every object inherits', () => {
    const types = [
      '__proto__',
      'toString',
      'constructor',
      'hasOwnProperty',
      'valueOf',
      'isPrototypeOf',
      '__defineGetter__',
    ];
    expect(types.filter((type) => parseMessage({ type }) !== null)).toEqual([]);
    expect(types.filter((type) => parseMessage(JSON.parse(`{"type":"${type}"}`)) !== null)).toEqual([]);
  });

  it('does not let a message pollute Object.prototype', () => {
    const raw = JSON.parse('{"type":"get-stats","__proto__":{"polluted":true}}') as unknown;
    parseMessage(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('checks the fields of reveal-term: an entry id only', () => {
    const ids = [undefined, 42, '', 'Ketamine', '../popup.html', 'a b', '<img src=x>', 'x'.repeat(81), ['ketamine']];
    expect(ids.filter((id) => parseMessage({ type: 'reveal-term', id }) !== null)).toEqual([]);
    expect(parseMessage({ type: 'reveal-term', id: 'x'.repeat(80) })).not.toBeNull();
  });

  it('checks the fields of run-command: one of the three commands', () => {
    const commands = [undefined, 'TOGGLE-SITE', 'toString', 'constructor', 'open-reference', ['toggle-site'], 1];
    expect(commands.filter((command) => parseMessage({ type: 'run-command', command }) !== null)).toEqual([]);
  });

  it('checks the page state a page pushes: site, switch, reason and terms', () => {
    const state = { hostname: 'example.org', on: true, reason: 'on', terms: [], scanning: false };
    const broken: unknown[] = [
      undefined,
      'on',
      { ...state, hostname: '' },
      { ...state, hostname: 'x'.repeat(254) },
      { ...state, on: 'true' },
      { ...state, reason: 'because' },
      { ...state, terms: 'ketamine' },
    ];
    expect(broken.filter((s) => parseMessage({ type: 'page-state-changed', state: s }) !== null)).toEqual([]);
  });

  it('keeps the well-formed terms of a page state and drops the malformed ones', () => {
    const terms = [
      { id: 'ketamine', headword: 'ketamine', count: 2 },
      { id: '<b>x</b>', headword: 'x', count: 1 },
      { id: 'crps', headword: '', count: 1 },
      { id: 'trd', headword: 'TRD', count: 0 },
      { id: 'trd', headword: 'TRD', count: 1.5 },
      'esketamine',
    ];
    const parsed = parsePageState({ hostname: 'example.org', on: true, reason: 'on', terms, scanning: 'yes' });
    expect(parsed?.terms).toEqual([{ id: 'ketamine', headword: 'ketamine', count: 2 }]);
    expect(parsed?.scanning).toBe(false);
  });

  it('checks the fields of open-reference: an optional id and a short optional query', () => {
    expect(parseMessage({ type: 'open-reference', id: 'Not An Id' })).toBeNull();
    expect(parseMessage({ type: 'open-reference', query: 5 })).toBeNull();
    expect(parseMessage({ type: 'open-reference', query: 'x'.repeat(201) })).toBeNull();
    expect(parseMessage({ type: 'open-reference', query: 'x'.repeat(200) })).not.toBeNull();
  });
});

describe('onMessages: handlers see only valid messages from this extension', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  const self = () => ({ id: fakeBrowser.runtime.id });
  /** What the sender would receive: the answer given through sendResponse, or undefined when no listener kept it open. */
  const trigger = (message: unknown, sender: { id?: string }) =>
    new Promise<unknown>((resolve) => {
      // The fake's types know no sendResponse; its trigger passes every argument on to the listeners.
      const withResponse = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
      void withResponse(message, sender, resolve).then((kept) => {
        if (!kept.includes(true)) resolve(undefined);
      });
    });

  it('answers a valid message from this extension, ignores the rest', async () => {
    const reveal = vi.fn<(m: { id: string }) => { found: boolean }>(({ id }) => ({ found: id === 'ketamine' }));
    const controller = new AbortController();
    onMessages({ 'reveal-term': reveal }, controller.signal);

    const answer = await trigger({ type: 'reveal-term', id: 'ketamine' }, self());
    expect(answer).toEqual({ found: true });

    const ignored: [unknown, { id?: string }][] = [
      [{ type: 'reveal-term', id: 'ketamine' }, { id: 'another-extension' }],
      [{ type: 'reveal-term', id: 'ketamine' }, {}],
      [{ type: 'reveal-term', id: '<b>ketamine</b>' }, self()],
      [{ type: 'toString' }, self()],
      [{ type: 'get-stats' }, self()], // well-formed, but no handler here
    ];
    const answered = [];
    for (const [message, sender] of ignored) {
      const result = await trigger(message, sender);
      if (result !== undefined) answered.push(message);
    }
    expect(answered).toEqual([]);
    expect(reveal).toHaveBeenCalledTimes(1);
  });

  it('answers nothing, and throws nowhere, when a handler fails', async () => {
    const controller = new AbortController();
    onMessages(
      {
        'reveal-term': () => {
          throw new Error('the page removed its body');
        },
      },
      controller.signal,
    );
    await expect(trigger({ type: 'reveal-term', id: 'ketamine' }, self())).resolves.toBeUndefined();
  });

  it('stops listening when its signal aborts', async () => {
    const stats = vi.fn<() => null>(() => null);
    const controller = new AbortController();
    onMessages({ 'get-stats': stats }, controller.signal);
    controller.abort();
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'get-stats' }, { id: fakeBrowser.runtime.id });
    expect(answers).toEqual([]);
    expect(stats).not.toHaveBeenCalled();
  });
});
