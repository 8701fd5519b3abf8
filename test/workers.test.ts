import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/stages/analyze.js';
import { runCli, seedText, tempDir } from './helpers.js';

describe('worker threads', () => {
  it('give byte-identical output for --workers 1 and --workers 4', () => {
    const dir = tempDir();
    const paragraphs = seedText.split('\n').filter((l) => l.length > 40);
    const lines = Array.from({ length: 80 }, (_, i) => JSON.stringify({ id: `p${i}`, text: paragraphs[(i * 7) % paragraphs.length] }));
    lines.splice(40, 0, '{"broken": ');
    writeFileSync(join(dir, 'in.jsonl'), lines.join('\n') + '\n');
    const one = runCli(['--input', join(dir, 'in.jsonl'), '--output', join(dir, 'one'), '--workers', '1']);
    const four = runCli(['--input', join(dir, 'in.jsonl'), '--output', join(dir, 'four'), '--workers', '4']);
    expect([one.status, four.status]).toEqual([0, 0]);
    expect(four.stderr).toMatch(/^gazette: in\.jsonl:41: not valid JSON/mu);
    const files = readdirSync(join(dir, 'one')).sort();
    expect(files).toContain('mentions.csv');
    for (const file of files) expect(readFileSync(join(dir, 'four', file))).toEqual(readFileSync(join(dir, 'one', file)));
  }, 60_000);

  it('analysis of a text does not depend on what was read before (wink-nlp remembers tokens)', () => {
    const text = 'Washington and the U.S.. China’s anti-dumping probe of the U.S. steel trade.';
    const before = JSON.stringify(analyzeText(text));
    analyzeText('The U.S. and China’s anti-dumping duties. U.S.-China trade. Ltd’s shares.');
    expect(JSON.stringify(analyzeText(text))).toBe(before);
    expect(analyzeText(text).tokens.map((t) => t.text)).toEqual([
      'Washington', 'and', 'the', 'U.S.', '.', 'China', '’s', 'anti', '-', 'dumping', 'probe', 'of', 'the', 'U.S.', 'steel', 'trade', '.',
    ]);
  });
});
