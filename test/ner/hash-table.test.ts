import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashMap, hashSet } from '../../src/ner/hash-table.js';

const sorted = (pairs: Iterable<[number, number]>) => [...pairs].sort((a, b) => a[0] - b[0]);

describe('hash tables over typed arrays', () => {
  it('answers every lookup as a Map built from the same entries would, repeated keys and key 0 included', () => {
    // Few distinct keys, so repeats and probe chains are common; 0 and 2^32 - 1 are keys like any other.
    const key = fc.oneof(fc.constantFrom(0, 1, 0xffffffff, 0x80000000), fc.integer({ min: 0, max: 40 }), fc.nat().map((n) => (n * 2654435761) >>> 0));
    fc.assert(fc.property(fc.array(fc.tuple(key, fc.nat({ max: 1000 })), { maxLength: 200 }), fc.array(key, { maxLength: 50 }), (entries, probes) => {
      const keys = Uint32Array.from(entries.map(([k]) => k));
      const values = Uint32Array.from(entries.map(([, v]) => v));
      const expected = new Map(entries);
      const table = hashMap(keys, values);
      expect(table.size).toBe(expected.size);
      for (const probe of [...keys, ...probes]) expect(table.get(probe)).toBe(expected.get(probe));
      expect(sorted(table)).toEqual(sorted(expected));
      expect([...table.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
    }));
  });

  it('maps a key to its entry number when there are no values, and a set answers membership', () => {
    const keys = Uint32Array.from([7, 0xdeadbeef, 0, 42]);
    const rows = hashMap(keys);
    expect([rows.get(7), rows.get(0xdeadbeef), rows.get(0), rows.get(42), rows.get(8)]).toEqual([0, 1, 2, 3, undefined]);
    const set = hashSet(keys);
    expect([set.size, set.has(0), set.has(42), set.has(43)]).toEqual([4, true, true, false]);
    expect([...set].sort((a, b) => a - b)).toEqual([0, 7, 42, 0xdeadbeef]);
  });

  it('is empty for no keys', () => {
    const table = hashMap(new Uint32Array(0));
    expect([table.size, table.get(0), [...table]]).toEqual([0, undefined, []]);
  });
});
