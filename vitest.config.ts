import { defineConfig } from 'vitest/config';

// The limit `npm test` gives (--test-timeout=60000), so that `npx vitest run` agrees with CI: a test that
// runs the CLI several times takes 5–10 s on a two-core machine, over vitest's default of 5 s.
// The global setup gives the run one temporary directory and removes it at the end (test/global-setup.ts).
export default defineConfig({ test: { testTimeout: 60_000, globalSetup: ['test/global-setup.ts'] } });
