// One temporary directory for the whole test run: every `tempDir()` of the tests is made inside it, and it is
// removed when the run ends, so `npm test` leaves nothing in the system's temporary directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const parent = mkdtempSync(join(tmpdir(), 'gazette-test-run-'));
  process.env.GAZETTE_TEST_TMP = parent;
  return () => rmSync(parent, { recursive: true, force: true });
}
