import { describe, expect, it } from 'vitest';
import { isWordChar, trimmedLength } from '../../glossary/normalize';

describe('isWordChar', () => {
  it('agrees with Unicode letters, digits and marks across the BMP', () => {
    const word = /[\p{L}\p{N}\p{M}]/u;
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // surrogate halves: emoji, never word characters
      if (isWordChar(code) !== word.test(String.fromCharCode(code))) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('treats surrogate halves (emoji) as separators', () => {
    expect(isWordChar(0xd83d)).toBe(false);
  });
});

describe('trimmedLength', () => {
  it('is the length String.prototype.trim() leaves, for every character of the BMP at either end', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `${c}x${c}`, `${c}${c} a b${c}`, `a${c}`]) {
        if (trimmedLength(text) !== text.trim().length) wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('counts nothing in an empty or all-space text', () => {
    expect(trimmedLength('')).toBe(0);
    expect(trimmedLength(' \n\t\u00a0\u3000')).toBe(0);
  });
});
