import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRows, csvWriter, neutralizeCell } from '../src/io/csv.js';
import { aliasesTable, articlesTable, entitiesTable, mentionsTable, topicsTable } from '../src/io/schema.js';

describe('csv', () => {
  it('writes the header rows declared in the schema, byte for byte', () => {
    expect(csvHeader(articlesTable)).toBe('article_id,source,index,kicker,deck,title,date,url,credits,chars,words,sentences,truncated,mentions,topics\r\n');
    expect(csvHeader(mentionsTable)).toBe('article_id,entity_id,type,kind,text,start,end,sentence,method,confidence\r\n');
    expect(csvHeader(entitiesTable)).toBe('entity_id,type,name,zh,romanized,aliases,roles,country,lat,lon,mention_count,article_count\r\n');
    expect(csvHeader(aliasesTable)).toBe('entity_id,alias,lang,kind,article_id,evidence\r\n');
    expect(csvHeader(topicsTable)).toBe('article_id,topic,label,rank,score,evidence\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas, injectively (a leading apostrophe gets one more)', () => {
    expect(['=1+1', '+1+1', '-2-A1', '+886 2', '-dash.txt', '@SUM(A1)', '\tx', '\rx', 'safe', "'=1+1", "'", "it's"].map(neutralizeCell))
      .toEqual(["'=1+1", "'+1+1", "'-2-A1", "'+886 2", "'-dash.txt", "'@SUM(A1)", "'\tx", "'\rx", 'safe', "''=1+1", "''", "it's"]);
    const cellText = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '1', 'a'), maxLength: 4 });
    fc.assert(fc.property(cellText, cellText, (a, b) => a === b || neutralizeCell(a) !== neutralizeCell(b)), { numRuns: 2000 });
  });

  it('leaves a signed number as it is, so that a negative or "+" id joins the CSVs to articles.jsonl', () => {
    expect(['-12', '+886', '-3.5', "'-12"].map(neutralizeCell)).toEqual(['-12', '+886', '-3.5', "''-12"]);
    // With thousands' commas, no leading digit or an exponent too (p109: they had been guarded, unlike the JSON's values).
    expect(['-1,234', '-.5', '-1.5e3', '+2E-4', '-1,2+A1', '-.', '-e5'].map(neutralizeCell)).toEqual(['-1,234', '-.5', '-1.5e3', '+2E-4', "'-1,2+A1", "'-.", "'-e5"]);
  });

  it('round-trips quotes, commas and newlines through a CSV parser', () => {
    const text = 'He said "yes", then\nleft; 賴清德 😀';
    const out = csvRows(aliasesTable, [{ entity_id: 'person:x', alias: text, lang: 'en', kind: 'variant', article_id: 'a,1', evidence: '=cmd' }]);
    expect(out).toBe('person:x,"He said ""yes"", then\nleft; 賴清德 😀",en,variant,"a,1",\'=cmd\r\n');
    expect(parse(out)).toEqual([['person:x', text, 'en', 'variant', 'a,1', "'=cmd"]]);
  });

  it('joins lists with | and writes numbers and booleans plainly', () => {
    expect(csvRows(topicsTable, [{ article_id: 'a', topic: 'war', label: 'War', rank: 1, score: 0.5, evidence: ['troops', 'ceasefire'] }]))
      .toBe('a,war,War,1,0.5,troops|ceasefire\r\n');
  });

  it('quotes a field with a bare line break, so the row survives a CSV parser', () => {
    // csv-stringify, given a CRLF record delimiter, left "a\nb" unquoted unless told quote_record_delimiter.
    const out = csvRows(articlesTable, [{ article_id: 'a\nb', title: 'one\rtwo' }]);
    expect(out).toBe('"a\nb",,,,,"one\rtwo",,,,,,,,,\r\n');
    expect(parse(out)[0]).toEqual(['a\nb', '', '', '', '', 'one\rtwo', '', '', '', '', '', '', '', '', '']);
  });

  it('formats any cells as csv-stringify does when it quotes line breaks (RFC 4180, CRLF)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', "'", '=', '-', '|', '賴', '😀', '\t') });
    const record = fc.record({ entity_id: text, alias: text, lang: text, kind: text, article_id: text, evidence: text });
    fc.assert(fc.property(fc.array(record, { maxLength: 5 }), (records) => {
      const cells = records.map((r) => aliasesTable.fields.map((f) => neutralizeCell(r[f.name as keyof typeof r])));
      const expected = records.length === 0 ? '' : stringify(cells, { record_delimiter: '\r\n', quote_record_delimiter: true });
      expect(csvRows(aliasesTable, records)).toBe(expected);
    }), { numRuns: 500 });
  });

  it('writes batched rows as the same bytes, in order, with the rest on flush', async () => {
    const records = Array.from({ length: 7 }, (_, i) => ({ article_id: `a${i}`, topic: 'war', label: 'War, "armed"', rank: 1, score: i / 8, evidence: ['x'] }));
    const chunks: string[] = [];
    const writer = csvWriter(topicsTable, async (chunk) => { chunks.push(chunk); }, 3);
    for (const record of records) await writer.add([record]);
    expect(chunks).toHaveLength(2);
    await writer.flush();
    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe(csvRows(topicsTable, records));
    expect(chunks[2]).toBe('a6,war,"War, ""armed""",1,0.75,x\r\n');
  });
});
