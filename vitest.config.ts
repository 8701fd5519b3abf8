import { defineConfig } from 'vitest/config';

// The limit `npm test` gives (--test-timeout=60000), so that `npx vitest run` agrees with CI: a test that
// runs the CLI several times takes 5–10 s on a two-core machine, over vitest's default of 5 s.
export default defineConfig({ test: { testTimeout: 60_000 } });
