import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpill } from '../src/pass2.js';
import { tempDir } from './helpers.js';

/** Reads a whole spill; returns the results' ids and the CPU seconds it took (the best of two reads). */
async function readAll(path: string): Promise<{ ids: string[]; seconds: number }> {
  let best = Infinity;
  let ids: string[] = [];
  for (let run = 0; run < 2; run++) {
    const started = process.cpuUsage();
    ids = [];
    for await (const result of readSpill(path)) ids.push(result.article.id);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return { ids, seconds: best };
}

/** A spill of three results whose middle one is `bytes` long (an article with many mentions): many 1 MB read chunks. */
function spillWithLongLine(bytes: number): string {
  const path = join(tempDir(), `spill-${bytes}.jsonl`);
  const line = (id: string, pad: number) => JSON.stringify({ article: { id }, pad: 'x'.repeat(pad) });
  writeFileSync(path, `${line('a', 10)}\n${line('long', bytes)}\n${line('c', 10)}`);
  return path;
}

describe('reading the spill', () => {
  it('reads a line that spans many chunks in time linear in its length', async () => {
    const small = await readAll(spillWithLongLine(6e6));
    const large = await readAll(spillWithLongLine(48e6));
    expect(large.ids).toEqual(['a', 'long', 'c']);
    expect(small.ids).toEqual(['a', 'long', 'c']);
    // Eight times the bytes: about eight times the time. Joining the line again at every chunk made it ~60 times.
    expect(large.seconds / Math.max(small.seconds, 0.01), `${small.seconds} s, then ${large.seconds} s`).toBeLessThan(20);
  }, 30_000);
});
