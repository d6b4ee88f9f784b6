import { describe, expect, it } from 'vitest';
import { isWordChar } from '../../glossary/normalize';

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
