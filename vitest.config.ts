import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two test files at a time even on two cores: the command-line and crash tests spend most of their
    // time waiting on the processes they start (unit + API: 8.6 min instead of 11.5 here).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/main/**'],
          environment: 'node',
          pool: 'forks',
          // One module graph per worker instead of one per file: importing the engine (parsers, pdf.js, the
          // place list) again for each of ~150 files was two fifths of the run (unit + API: 6.4 min, not 10.2).
          isolate: false,
          // Two cores shared by parallel workers: a parse-heavy test can take several times its usual time.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          // The desktop main process under a stubbed electron module: each file installs its own stub.
          name: 'unit-main',
          include: ['tests/unit/main/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'api',
          globalSetup: ['tests/setup/bundled-cli.ts'],
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          globalSetup: ['tests/setup/bundled-cli.ts'],
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          // Two files at a time, like unit + API: each starts its own server and Chromium on a free port
          // with its own library: 6.7 min in a full npm test here, against 12.3 min one file at a time.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll gives up after 1 s by default: a dialog that opens late on a loaded machine is not a
          // failure. The same 15 s as Playwright's own waits (browser-mode.ts).
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
