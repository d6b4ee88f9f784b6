/**
 * Base64 to bytes and back, for the bundled matcher's typed arrays
 * (glossary/matcher.ts). Browsers that have Uint8Array.fromBase64 decode in
 * native code; older ones (Chrome before 140) and Node 20 take the loop here.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

type NativeFromBase64 = (text: string) => Uint8Array;
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: NativeFromBase64 }).fromBase64;

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : ALPHABET[c & 63]!;
  }
  return out;
}

const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** The bytes a padded base64 string spells; throws on anything else. `native` null: always the loop here. */
export function base64ToBytes(text: string, native: NativeFromBase64 | null = nativeFromBase64 ?? null): Uint8Array {
  if (native) return native(text);
  if (text.length % 4) throw new Error('Not base64: its length is not a multiple of 4');
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let quad = 0;
    for (let k = 0; k < 4; k++) {
      const code = text.charCodeAt(i + k);
      const v = code === 0x3d && i + k >= text.length - pad ? 0 : (VALUE[code] ?? -1);
      if (v < 0) throw new Error('Not base64: a character outside its alphabet');
      quad = (quad << 6) | v;
    }
    if (o < out.length) out[o++] = quad >> 16;
    if (o < out.length) out[o++] = (quad >> 8) & 255;
    if (o < out.length) out[o++] = quad & 255;
  }
  return out;
}
