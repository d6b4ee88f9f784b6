import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../glossary/base64';

describe('base64 for the packed matcher', () => {
  it('writes and reads bytes of every length exactly as Node does', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 255);
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(text, null)).toEqual(bytes);
    }
  });

  it('refuses text that is not base64', () => {
    expect(() => base64ToBytes('abc', null)).toThrow('not a multiple of 4');
    expect(() => base64ToBytes('ab$d', null)).toThrow('outside its alphabet');
    expect(() => base64ToBytes('a=bc', null)).toThrow('outside its alphabet');
  });
});
