import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { compileGlossaryModule } from './scripts/glossary-build';

export default defineConfig({
  plugins: [WxtVitest(), compileGlossaryModule()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
