import { describe, expect, it } from 'vitest';
import { emptyTallies, scoreOf, tallyDocument } from '../../src/train/evaluation.js';

describe('entity scoring', () => {
  it('counts exact span and type matches only', () => {
    const tallies = emptyTallies();
    tallyDocument(
      tallies,
      [{ start: 0, end: 5, type: 'PER' }, { start: 10, end: 16, type: 'LOC' }],
      [{ start: 0, end: 5, type: 'PER' }, { start: 10, end: 16, type: 'ORG' }, { start: 20, end: 22, type: 'MISC' }],
    );
    expect(tallies.ALL).toEqual({ truePositives: 1, predicted: 3, gold: 2 });
    const score = scoreOf(tallies.ALL);
    expect(score.precision.toFixed(4)).toBe('33.3333');
    expect(score.recall).toBe(50);
    expect(score.f1).toBe(40);
  });
});
