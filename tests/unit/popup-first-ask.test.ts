import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askPageState } from '../../entrypoints/popup/ask-page';
import { askFirst, takeFirstAsk } from '../../entrypoints/popup/first-ask';

/** The tab's answers to the popup's questions, in order; an Error: nothing answers (no content script). */
function pageAnswers(...answers: unknown[]) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    const next = answers.shift();
    if (next instanceof Error) throw next;
    return next;
  });
}

const STATE = {
  hostname: 'example.org',
  on: true,
  reason: 'on',
  terms: [{ id: 'ketamine', headword: 'ketamine', count: 3 }],
  scanning: false,
};
const signal = new AbortController().signal;

describe("the popup's first question to its page", () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('is asked by the early script and taken over by the main code, so the page is asked once', async () => {
    const send = pageAnswers(STATE);
    const scope = {};
    askFirst('?tab=7', scope);
    const early = takeFirstAsk(7, scope);
    expect(early).not.toBeNull();
    expect(await askPageState(7, signal, 2000, early!.answer)).toEqual(STATE);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(7, { type: 'get-page-state' }, { frameId: 0 });
  });

  it('says when the answer is in, so the first render can draw it without waiting', async () => {
    pageAnswers(STATE);
    const scope = {};
    askFirst('?tab=7', scope);
    const early = takeFirstAsk(7, scope)!;
    expect(early.settled).toBeNull();
    await early.answer;
    await Promise.resolve();
    expect(early.settled).toEqual({ value: STATE });
  });

  it('counts a page that cannot answer as answered with nothing', async () => {
    pageAnswers(new Error('Could not establish connection. Receiving end does not exist.'));
    const scope = {};
    askFirst('?tab=7', scope);
    const early = takeFirstAsk(7, scope)!;
    await early.answer.catch(() => undefined);
    await Promise.resolve();
    expect(early.settled).toEqual({ value: null });
    expect(await askPageState(7, signal, 2000, early.answer)).toBeNull();
  });

  it('stands down when the main code started first: the main code asks, once', () => {
    const send = pageAnswers(STATE);
    const scope = {};
    expect(takeFirstAsk(7, scope)).toBeNull();
    askFirst('?tab=7', scope);
    expect(send).not.toHaveBeenCalled();
  });

  it('is handed over once, and only for the tab it asked', () => {
    pageAnswers(STATE, STATE);
    const scope = {};
    askFirst('?tab=7', scope);
    expect(takeFirstAsk(8, scope)).toBeNull();
    const again = {};
    askFirst('?tab=7', again);
    expect(takeFirstAsk(7, again)).not.toBeNull();
    expect(takeFirstAsk(7, again)).toBeNull();
  });

  it('asks nothing when the address names no tab, or names one badly', () => {
    const send = pageAnswers();
    for (const search of ['', '?', '?tab=', '?tab=abc', '?tab=12345678901', '?tab=-3']) askFirst(search, {});
    expect(send).not.toHaveBeenCalled();
  });
});
