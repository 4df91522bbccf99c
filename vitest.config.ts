import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    // DOM tests opt in with a `// @vitest-environment happy-dom` docblock.
    testTimeout: 20_000,
    // Node 20's V8 interprets each regex first and counts that bytecode against the limit past
    // which it stops optimising regexes; the extractor's thousand patterns cross it, and its
    // tests then ran two to three times slower than the code runs in a browser. Compiling each
    // regex straight to native code changes no result (see docs/extractor.md, Speed).
    execArgv: ['--regexp-tier-up-ticks=0'],
  },
});
