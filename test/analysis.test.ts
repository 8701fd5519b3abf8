import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { Table } from 'tableschema';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from './helpers.js';
import { findPython, pythonRequired, pythonWith, runPython } from './python.js';

// The loading recipes of README.md and docs/analysis.md, run as written against runs whose ids look
// like numbers (test/fixtures/numeric-ids: 01, 000123, 1e3, NA, null, …, emoji and Han text).
const FIXTURE = join(root, 'test', 'fixtures', 'numeric-ids');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const analysisDoc = readFileSync(join(root, 'docs', 'analysis.md'), 'utf8');

/** Returns the one fenced block of `lang` in a Markdown text that contains `marker`. */
function codeBlock(markdown: string, lang: string, marker: string): string {
  const blocks = [...markdown.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gmu'))].map((m) => m[1]!).filter((b) => b.includes(marker));
  expect(blocks, `one \`\`\`${lang} block with ${marker}`).toHaveLength(1);
  return blocks[0]!;
}

const readmeSnippet = () => codeBlock(readme, 'python', 'import pandas as pd');

interface JsonArticle {
  article_id: string; text: string; credits: string[];
  mentions: Record<string, unknown>[]; topics: { topic: string; label: string; rank: number; score: number; evidence: { term: string }[] }[];
  [key: string]: unknown;
}

/** Runs the CLI over `inputs` (with --parquet); returns the directory that holds `output/`. */
function runOver(inputs: string[]): string {
  const dir = tempDir();
  expect(runCli(['--input', ...inputs, '--output', join(dir, 'output'), '--no-report', '--parquet']).status).toBe(0);
  return dir;
}

const readJsonl = (dir: string) => readFileSync(join(dir, 'output', 'articles.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as JsonArticle);

/** The |-joined columns, which hold lists in articles.jsonl and dataset.json. */
const LIST_FIELDS: Record<string, string[]> = { articles: ['credits', 'topics'], entities: ['aliases', 'roles'], topics: ['evidence'] };

/** Returns a CSV row as a reader typed it, with its |-joined cells split (an empty cell is the empty list). */
function withLists(table: string, row: Record<string, unknown>): Record<string, unknown> {
  const lists = Object.fromEntries((LIST_FIELDS[table] ?? []).map((name) => [name, row[name] === null ? [] : String(row[name]).split('|')]));
  return { ...row, ...lists };
}

/** Returns a row as a string that does not depend on the order of its keys. */
const rowKey = (row: Record<string, unknown>) => JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * Expects a reader's rows of one table to be the JSON's. aliases.csv has a row for every article that
 * taught a link and dataset.json one per link, so there every JSON row must be a CSV row, exactly.
 */
function expectSameValues(table: string, rows: Record<string, unknown>[], expected: Record<string, unknown>[]): void {
  const actual = rows.map((row) => withLists(table, row));
  if (table === 'aliases') {
    const keys = new Set(actual.map(rowKey));
    expect({ table, missing: expected.filter((row) => !keys.has(rowKey(row))), rows: expected.length > 0 }).toEqual({ table, missing: [], rows: true });
  } else {
    expect({ table, rows: actual }).toEqual({ table, rows: expected });
  }
}

/** Returns every table's rows as articles.jsonl and dataset.json hold them. */
function expectedTables(dir: string): Record<string, Record<string, unknown>[]> {
  const articles = readJsonl(dir);
  const dataset = JSON.parse(readFileSync(join(dir, 'output', 'dataset.json'), 'utf8')) as { entities: Record<string, unknown>[]; aliases: Record<string, unknown>[] };
  return {
    articles: articles.map(({ text: _, mentions, topics, ...a }) => ({ ...a, mentions: mentions.length, topics: topics.map((t) => t.topic) })),
    mentions: articles.flatMap((a) => a.mentions.map((m) => ({ article_id: a.article_id, ...m }))),
    entities: dataset.entities,
    aliases: dataset.aliases,
    topics: articles.flatMap((a) => a.topics.map((t) => ({ article_id: a.article_id, topic: t.topic, label: t.label, rank: t.rank, score: t.score, evidence: [...new Set(t.evidence.map((e) => e.term))] }))),
  };
}

let mixed: string; // the fixture and the seed
let numeric: string; // only the fixture's ids that pandas and polars read as numbers: 01, 000123, 1e3, 1.50, 2
beforeAll(() => {
  mixed = runOver([FIXTURE, join(root, 'seeds')]);
  const lines = readFileSync(join(FIXTURE, 'articles.jsonl'), 'utf8').split('\n').filter((line) => /"id": "[\d.e]+"/u.test(line));
  const input = join(tempDir(), 'numeric');
  mkdirSync(input);
  writeFileSync(join(input, 'articles.jsonl'), lines.join('\n') + '\n');
  numeric = runOver([input]);
  expect(readJsonl(numeric).map((a) => a.article_id)).toEqual(['01', '000123', '1e3', '1.50', '2']);
}, 60_000);

describe('datapackage.json read by a Frictionless reader (tableschema)', () => {
  it('gives back every value of articles.jsonl and dataset.json: ids as strings, offsets as integers, the | lists', async () => {
    const line = codeBlock(analysisDoc, 'js', 'Table.load').trim();
    const read = new Function('Table', 'r', `return (async () => {\n${line.replaceAll('`output/', `\`${join(mixed, 'output')}/`)}\nreturn rows;\n})();`) as (t: typeof Table, r: unknown) => Promise<Record<string, unknown>[]>;
    const pkg = JSON.parse(readFileSync(join(mixed, 'output', 'datapackage.json'), 'utf8')) as { resources: { name: string }[] };
    const expected = expectedTables(mixed);
    for (const resource of pkg.resources) {
      const rows = await read(Table, resource);
      expectSameValues(resource.name, rows, expected[resource.name]!);
    }
    expect(expected.articles!.map((a) => a.article_id)).toContain('000123');
    expect(expected.articles!.some((a) => (a.credits as string[]).length > 0) && expected.entities!.some((e) => (e.aliases as string[]).length > 1)).toBe(true);
  });
});

describe('Parquet (--parquet)', () => {
  it('keeps the ids as strings and the offsets as integers, with no type given', async () => {
    const file = readFileSync(join(mixed, 'output', 'mentions.parquet'));
    const rows = await parquetReadObjects({ file: new Uint8Array(file).buffer });
    expect(rows).toEqual(expectedTables(mixed).mentions);
  });
});

describe.skipIf(!findPython(['pandas']) && !pythonRequired)('pandas (skipped where no python3 has pandas; required with GAZETTE_REQUIRE_PYTHON=1, as in CI)', () => {
  // Appended to the README's snippet: what an analyst would check before trusting a join.
  const checks = `
import json as _json
_texts = dict(zip(articles.article_id, articles.text))
print(_json.dumps({
    "article_ids": sorted(set(mentions.article_id)),
    "mentions": len(mentions),
    "unique_keys": bool(articles.article_id.is_unique and entities.entity_id.is_unique),
    "joined_articles": len(mentions.merge(articles[["article_id"]], on="article_id")),
    "joined_entities": len(mentions.merge(entities[["entity_id"]], on="entity_id")),
    "people": len(people),
    "bad_slices": [[r.article_id, int(r.start), int(r.end), r.text] for r in mentions.itertuples() if _texts[r.article_id][r.start:r.end] != r.text],
}))
`;

  it.each([['the fixture and the seed', () => mixed], ['ids that all look like numbers', () => numeric]])(
    "the README's snippet on %s: every mention joins its article and its entity, and text[start:end] is the mention",
    (_, dir) => {
      const python = pythonWith(['pandas']);
      const run = runPython(python, readmeSnippet() + checks, dir());
      expect(run.stderr.replace(/^.*(Warning|warnings\.warn).*\n/gmu, '')).toBe('');
      const articles = readJsonl(dir());
      const mentions = articles.flatMap((a) => a.mentions.map((m) => ({ ...m, article_id: a.article_id })));
      const ids = [...new Set(mentions.map((m) => m.article_id))].sort();
      expect(JSON.parse(run.stdout)).toEqual({
        article_ids: ids, mentions: mentions.length, unique_keys: true,
        joined_articles: mentions.length, joined_entities: mentions.length, people: mentions.length, bad_slices: [],
      });
      // The mentions after an emoji or an astral Han character, where UTF-16 offsets would be off by one or two.
      if (dir() === mixed) expect(ids).toEqual(expect.arrayContaining(['01', '000123', '20251201-7', '1e3', '0x10', 'NA', 'null', '1.50', '2']));
    },
    60_000,
  );

  it("docs/analysis.md shows the README's snippet as it is", () => {
    expect(codeBlock(analysisDoc, 'python', 'import pandas as pd\n# Key columns')).toBe(readmeSnippet());
  });

  it('the datapackage.json one-liner gives back every value of articles.jsonl and dataset.json', () => {
    const python = pythonWith(['pandas']);
    const dump = `
import json as _json
def _plain(value):
    if not isinstance(value, str) and pd.isna(value):
        return None
    return value.item() if hasattr(value, "item") else value
print(_json.dumps({name: [{k: _plain(v) for k, v in row.items()} for row in table.to_dict("records")] for name, table in tables.items()}))
`;
    const run = runPython(python, codeBlock(analysisDoc, 'python', 'datapackage.json') + dump, mixed);
    expect(run.stderr.replace(/^.*(Warning|warnings\.warn).*\n/gmu, '')).toBe('');
    const tables = JSON.parse(run.stdout) as Record<string, Record<string, unknown>[]>;
    const expected = expectedTables(mixed);
    expect(Object.keys(tables)).toEqual(['articles', 'mentions', 'entities', 'aliases', 'topics']);
    for (const [name, rows] of Object.entries(tables)) {
      expectSameValues(name, rows, expected[name]!);
    }
  }, 60_000);
});

// Debian has neither polars nor DuckDB, so these run only where Python has them (GAZETTE_PYTHON may name that Python).
describe('polars and DuckDB (skipped where no python3 has them; not required in CI)', () => {
  const expectedMentions = () => {
    const articles = readJsonl(mixed);
    return { ids: [...new Set(articles.flatMap((a) => a.mentions.map(() => a.article_id)))].sort(), rows: articles.reduce((n, a) => n + a.mentions.length, 0) };
  };

  it.skipIf(!findPython(['polars']))('the polars snippet keeps the ids, and every mention joins its entity', () => {
    const check = '\nimport json\nprint(json.dumps({"ids": sorted(set(mentions["article_id"].to_list())), "rows": mentions.height, "joined": people.height}))\n';
    const run = runPython(pythonWith(['polars']), codeBlock(analysisDoc, 'python', 'import polars') + check, mixed);
    const { ids, rows } = expectedMentions();
    expect([JSON.parse(run.stdout), run.stderr]).toEqual([{ ids, rows, joined: rows }, '']);
  }, 60_000);

  it.skipIf(!findPython(['duckdb']))('the DuckDB query keeps the ids, and every mention joins its entity', () => {
    const program = 'import duckdb, json, sys\nrows = duckdb.sql(sys.argv[1]).fetchall()\nprint(json.dumps({"ids": sorted({r[0] for r in rows}), "rows": len(rows)}))';
    const run = runPython(pythonWith(['duckdb']), program, mixed, [codeBlock(analysisDoc, 'sql', 'read_csv')]);
    const { ids, rows } = expectedMentions();
    expect([JSON.parse(run.stdout), run.stderr]).toEqual([{ ids, rows }, '']);
  }, 60_000);
});
