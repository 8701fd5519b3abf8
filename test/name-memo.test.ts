import { describe, expect, it } from 'vitest';
import { memoizeByName } from '../src/text/name-memo.js';

describe('memoizeByName', () => {
  it('computes each name once and gives the same answer back, undefined included', () => {
    const calls: string[] = [];
    const place = memoizeByName((name) => {
      calls.push(name);
      return name === 'Nowhere' ? undefined : { name, country: 'TW' };
    });
    const text = 'Typhoon Danas hit Taipei and Nowhere.';
    const first = place(text.slice(18, 24));
    expect(first).toEqual({ name: 'Taipei', country: 'TW' });
    expect(place('Taipei')).toBe(first);
    expect(place(text.slice(29, 36))).toBeUndefined();
    expect(place('Nowhere')).toBeUndefined();
    expect(calls).toEqual(['Taipei', 'Nowhere']);
  });

  it('starts again once it holds 50,000 names', () => {
    let calls = 0;
    const length = memoizeByName((name) => {
      calls++;
      return name.length;
    });
    for (let i = 0; i <= 50_000; i++) length(`name ${i}`);
    expect(calls).toBe(50_001);
    length('name 0');
    expect(calls).toBe(50_002);
    length('name 50000');
    expect(calls).toBe(50_002);
  });
});
