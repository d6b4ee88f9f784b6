import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY } from '../../lib/privacy-policy';
import { privacyMarkdown } from '../../scripts/privacy-md';
import * as storage from '../../lib/storage';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the privacy policy', () => {
  it('PRIVACY.md is the policy the extension shows (regenerate: npx tsx scripts/privacy-md.ts)', () => {
    expect(readFileSync(resolve(ROOT, 'PRIVACY.md'), 'utf8')).toBe(privacyMarkdown());
  });

  it('says, for every storage area TermLens writes, whether it syncs', () => {
    const text = POLICY.flatMap((s) => [...s.paragraphs, ...(s.items ?? [])]).join('\n');
    const areas = new Set(
      Object.values(storage)
        .map((v) => (v && typeof v === 'object' && 'key' in v ? String((v as { key: unknown }).key) : ''))
        .filter(Boolean)
        .map((key) => key.split(':')[0] ?? ''),
    );
    // Settings sync and everything else stays local: the policy must say both, and no other area may appear.
    expect([...areas].sort()).toEqual(['local', 'sync']);
    expect(text).toMatch(/synced by your browser/i);
    expect(text).toMatch(/this device only/i);
    // Items kept only while the browser runs (lib/storage.ts defines them on first use).
    expect(text).toMatch(/session storage, never written to disk/i);
  });
});
