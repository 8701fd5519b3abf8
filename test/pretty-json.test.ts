import { describe, expect, it } from 'vitest';
import { prettyJsonPieces } from '../src/io/pretty-json.js';

describe('dataset.json in pieces', () => {
  it('gives the bytes of JSON.stringify(value, null, 2), in pieces no larger than a batch of elements', () => {
    const entities = Array.from({ length: 3000 }, (_, i) => ({
      entity_id: `person:n-${i}`, name: `N ${i} "q"\n😀`, aliases: i % 2 ? [] : ['a', 'b'], lat: i % 3 ? null : 1.5, nested: { deep: [i, { x: [] }] },
    }));
    const cases: Record<string, unknown>[] = [
      { entities, aliases: [], taxonomy: null, run: { gazette: '0.1.0', counts: { articles: 1 } } },
      { entities: [], aliases: [], taxonomy: { topics: [{ id: 't' }] }, run: {} },
      { a: undefined, b: [undefined, 1], c: 'x' },
      {},
    ];
    for (const value of cases) {
      const pieces = [...prettyJsonPieces(value)];
      expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70_000);
    }
    expect([...prettyJsonPieces(cases[0]!)].length).toBeGreaterThan(5);
  });

  it('writes an array whose JSON is longer than the longest string V8 can make', () => {
    // 600,000 references to one string of 1,000 letters: 604 MB of JSON, past 2^29 UTF-16 units.
    const entities = new Array<string>(600_000).fill('x'.repeat(1000));
    let length = 0;
    for (const piece of prettyJsonPieces({ entities, run: { articles: 1 } })) length += piece.length;
    expect(length).toBe(604_800_056);
  });
});
