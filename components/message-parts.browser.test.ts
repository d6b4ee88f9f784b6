import { h, render } from 'preact';
import { describe, expect, test } from 'vitest';
import { keepPlaceholders, messageParts } from './message-parts';

const shown = (message: string, parts: Parameters<typeof messageParts>[1]) => {
  const host = document.createElement('p');
  render(h('span', null, messageParts(message, parts)), host);
  return host.firstElementChild!;
};

const time = h('time', { dateTime: '2026-11-30' }, '30 November 2026');
const link = h('a', { href: 'https://example.org/' }, 'An article');

describe('messageParts', () => {
  test('puts each element where the message puts its placeholder, whatever the order', () => {
    const en = shown('Saved {date} from {page}', { date: time, page: link });
    expect(en.textContent).toBe('Saved 30 November 2026 from An article');
    expect([...en.children].map((c) => c.tagName)).toEqual(['TIME', 'A']);

    const other = shown('{page}, {date}', { date: time, page: link });
    expect(other.textContent).toBe('An article, 30 November 2026');
    expect([...other.children].map((c) => c.tagName)).toEqual(['A', 'TIME']);
  });

  test('the words around the elements are text, never markup; a placeholder with no element stays visible', () => {
    const el = shown('<b>Saved</b> {date} {missing}', { date: time });
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toBe('<b>Saved</b> 30 November 2026 {missing}');
  });

  test('keepPlaceholders gives each name back as its own placeholder', () => {
    expect(keepPlaceholders('date', 'page')).toEqual({ date: '{date}', page: '{page}' });
  });
});
