import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { root, runCli, seedPath, tempDir } from './helpers.js';

const OUTPUTS = ['aliases.csv', 'articles.csv', 'articles.jsonl', 'datapackage.json', 'dataset.json', 'entities.csv', 'errors.jsonl', 'mentions.csv', 'report.html', 'topics.csv'];
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const errorRows = (dir: string) => read(dir, 'errors.jsonl').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('cli', () => {
  it('writes every output file for the seed, the same bytes on every run, and matches the golden files', () => {
    const a = tempDir();
    const b = tempDir();
    const first = runCli(['--input', seedPath, '--output', a]);
    expect(first.stderr).toMatch(/^5 articles, \d+ mentions, \d+ entities, 0 errors → /mu);
    expect(first.status).toBe(0);
    runCli(['--input', join(root, 'seeds'), '--output', b]);
    expect(readdirSync(a).sort()).toEqual(OUTPUTS);
    for (const file of OUTPUTS) expect(readFileSync(join(b, file))).toEqual(readFileSync(join(a, file)));
    for (const file of OUTPUTS.filter((f) => f.endsWith('.csv'))) {
      expect(read(a, file)).toBe(readFileSync(join(root, 'test', 'golden', 'seed', file), 'utf8'));
    }
  });

  it("shows in the README's worked example rows the seed's golden files hold, and their counts", () => {
    const readme = read(root, 'README.md');
    const example = readme.slice(readme.indexOf('## Worked example'), readme.indexOf('```\n', readme.indexOf('$ npm run pipeline')));
    const golden = (file: string) => readFileSync(join(root, 'test', 'golden', 'seed', file), 'utf8').split('\r\n');
    let rows = 0;
    for (const section of example.split('\n# output/').slice(1)) {
      const [file, ...lines] = section.trim().split('\n');
      for (const line of lines) expect(golden(file!)).toContain(line);
      rows += lines.length;
    }
    expect(rows).toBeGreaterThan(15);
    const counts = /(\d+) articles, (\d+) mentions, (\d+) entities/u.exec(example)!;
    expect([golden('articles.csv'), golden('mentions.csv'), golden('entities.csv')].map((l) => l.length - 2)).toEqual(counts.slice(1).map(Number));
  });

  it('describes every CSV in datapackage.json with the columns the CSV has; --excel starts each CSV with a BOM', () => {
    const dir = tempDir();
    runCli(['--input', seedPath, '--output', dir, '--excel']);
    const pkg = JSON.parse(read(dir, 'datapackage.json'));
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(['articles.csv', 'mentions.csv', 'entities.csv', 'aliases.csv', 'topics.csv']);
    for (const resource of pkg.resources) {
      expect(readFileSync(join(dir, resource.path)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const [header] = parse(read(dir, resource.path), { to: 1, bom: true });
      expect(header).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
    }
    expect(read(dir, 'dataset.json').startsWith('{')).toBe(true);
  });

  it('keeps JSONL ids and text exactly, ignores other fields, and reports bad lines with file and line', () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [
      JSON.stringify({ id: 'rec-7', text: 'Premier Cho Jung-tai (卓榮泰) spoke.\nPHOTO: not a kicker here', tokens: [1], entities: [] }),
      '{"id": "broken", "text": ',
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'empty', text: '  ' }),
      JSON.stringify({ id: 42, text: 'Taiwan said "yes" to tariffs.' }),
    ].join('\n') + '\n');
    const run = runCli(['--input', input, '--output', join(dir, 'out')]);
    expect(run.status).toBe(0);
    const out = join(dir, 'out');
    const articles = read(out, 'articles.jsonl').trim().split('\n').map((l) => JSON.parse(l));
    expect(articles.map((a) => [a.article_id, a.index, a.text])).toEqual([
      ['rec-7', 1, 'Premier Cho Jung-tai (卓榮泰) spoke.\nPHOTO: not a kicker here'],
      ['42', 6, 'Taiwan said "yes" to tariffs.'],
    ]);
    expect(errorRows(out).map((e) => [e.file, e.line, e.rule, e.article_id])).toEqual([
      ['in.jsonl', 2, 'jsonl-parse', null],
      ['in.jsonl', 3, 'jsonl-not-object', null],
      ['in.jsonl', 4, 'jsonl-text', 'no-text'],
      ['in.jsonl', 5, 'empty-article', 'empty'],
    ]);
    expect(run.stderr).toContain('gazette: in.jsonl:3: expected a JSON object with a "text" field, got an array\n');
    expect(run.stderr).toContain('2 articles, ');
    expect(runCli(['--strict', '--input', input, '--output', join(dir, 'strict')]).status).toBe(1);
  });

  it('reports invalid UTF-8 with line and column and keeps the rest of the file', () => {
    const dir = tempDir();
    const input = join(dir, 'bad.txt');
    // (UTF-8 on the bad line too: a line with none is read as Windows-1252.)
    writeFileSync(input, Buffer.concat([Buffer.from('\uFEFFFirst line is fine.\nSecond café '), Buffer.from([0xff, 0xfe]), Buffer.from(' line.\n')]));
    const run = runCli(['--input', input, '--output', join(dir, 'out')]);
    expect(run.status).toBe(0);
    expect(errorRows(join(dir, 'out'))).toEqual([{
      file: 'bad.txt', line: 2, column: 13, article_id: null, stage: 'read', rule: 'invalid-utf8', fatal: false,
      message: 'bad.txt:2:13: invalid UTF-8 bytes replaced with U+FFFD',
    }]);
    const [article] = read(join(dir, 'out'), 'articles.jsonl').trim().split('\n').map((l) => JSON.parse(l));
    expect(article.text).toBe('First line is fine.\nSecond café \uFFFD\uFFFD line.');
  });

  it('walks directories in sorted order, reports unreadable and empty files, and reads stdin', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(join(input, 'b'), { recursive: true });
    writeFileSync(join(input, 'b', 'two.txt'), 'Second story about Taiwan.');
    writeFileSync(join(input, 'a.txt'), 'First story about Moscow.');
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'locked.txt'), 'secret');
    writeFileSync(join(input, 'notes.md'), 'ignored');
    chmodSync(join(input, 'locked.txt'), 0o000);
    const run = runCli(['--input', input, '--output', join(dir, 'out')]);
    const ids = read(join(dir, 'out'), 'articles.csv').split('\r\n').slice(1, -1).map((l) => l.split(',')[0]);
    const canRead = process.getuid?.() === 0; // root reads a 000 file anyway
    expect(ids).toEqual(['a.txt#1', 'b/two.txt#1', ...(canRead ? ['locked.txt#1'] : [])]);
    expect(errorRows(join(dir, 'out')).map((e) => [e.file, e.rule])).toEqual([
      ['notes.md', 'unsupported-format'], ['empty.txt', 'empty-input'], ...(canRead ? [] : [['locked.txt', 'unreadable']]),
    ]);
    expect(run.status).toBe(0);
    const piped = runCli(['--input', '-', '--format', 'jsonl', '--output', join(dir, 'stdin')], '{"id":"s1","text":"From a pipe."}\n');
    expect(piped.status).toBe(0);
    expect(read(join(dir, 'stdin'), 'articles.csv').split('\r\n')[1]).toMatch(/^s1,stdin,1,/u);
  });

  it('says stdin is a directory (`gazette -i - < folder/`) rather than empty', () => {
    const dir = tempDir();
    const folder = openSync(dir, 'r');
    const run = spawnSync(process.execPath, [join(root, 'src', 'launch.mjs'), '--input', '-', '--output', join(dir, 'out')], { stdio: [folder, 'pipe', 'pipe'], encoding: 'utf8' });
    closeSync(folder);
    expect(errorRows(join(dir, 'out')).map((e) => [e.file, e.rule, e.message])).toEqual([['stdin', 'unreadable', 'stdin: cannot read input (EISDIR)']]);
    expect(run.stderr).toContain('gazette: stdin: cannot read input (EISDIR)\n');
  });

  it('says stdin is /dev/null when it is closed (`<&-`) or redirected from it, rather than "empty" (p126)', () => {
    const dir = tempDir();
    const launch = join(root, 'src', 'launch.mjs');
    const closed = spawnSync('sh', ['-c', `exec "${process.execPath}" "${launch}" --input - --output "${join(dir, 'closed')}" <&-`], { encoding: 'utf8' });
    const devNull = spawnSync(process.execPath, [launch, '--input', '-', '--format', 'jsonl', '--output', join(dir, 'null')], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    // Before: "stdin: no text to segment (the input is empty or only whitespace)".
    for (const run of [closed, devNull]) {
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('gazette: stdin: standard input is /dev/null (closed, as `<&-` leaves it, or redirected from /dev/null); nothing to read\n');
    }
  });

  it('fails with a clear message and status 2 on a bad pipeline file', () => {
    const dir = tempDir();
    const pipeline = join(dir, 'p.json');
    writeFileSync(pipeline, JSON.stringify({ name: 'x', stages: [{ stage: 'analyze' }, { stage: 'segment' }] }));
    const run = runCli(['--pipeline', pipeline, '--input', seedPath, '--output', join(dir, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`gazette: ${pipeline}: stages.0: stage "analyze" needs "article", which no earlier stage provides\n`);
  });

  it('refuses an output or a state directory named twice with status 2, writing nothing (p98)', () => {
    const dir = tempDir();
    const run = runCli(['--input', seedPath, '-o', join(dir, 'first'), '-o', join(dir, 'second')]);
    // Before: the second was written, silently.
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`option '-o, --output <dir>' argument '${join(dir, 'second')}' is invalid. given twice; name it once`);
    expect(existsSync(join(dir, 'first')) || existsSync(join(dir, 'second'))).toBe(false);
  });
});

describe('cli --taxonomy', () => {
  it('uses a taxonomy given on the command line, so a topic is added by editing data only', () => {
    const dir = tempDir();
    const taxonomy = JSON.parse(readFileSync(join(root, 'pipelines', 'topics.json'), 'utf8'));
    taxonomy.topics.push({ id: 'climate', label: 'Climate', description: 'Climate change.', terms: { 'climate change': 3, emissions: 2 }, exclude: [] });
    writeFileSync(join(dir, 'topics.json'), JSON.stringify(taxonomy));
    writeFileSync(join(dir, 'in.jsonl'), JSON.stringify({ id: 'c1', text: 'Climate change talks stalled as emissions rose again.' }) + '\n');
    expect(runCli(['--taxonomy', join(dir, 'topics.json'), '--input', join(dir, 'in.jsonl'), '--output', join(dir, 'out')]).status).toBe(0);
    expect(read(join(dir, 'out'), 'topics.csv')).toBe('article_id,topic,label,rank,score,evidence\r\nc1,climate,Climate,1,0.9909,climate change|emissions\r\n');
  });

  it('stops with the file and the field of a bad taxonomy', () => {
    const dir = tempDir();
    const taxonomy = join(dir, 'bad.json');
    writeFileSync(taxonomy, JSON.stringify({ version: 1, threshold: 2, scoring: { scale: 5, referenceWords: 150 }, topics: [] }));
    const run = runCli(['--taxonomy', taxonomy, '--input', seedPath, '--output', join(dir, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`gazette: ${taxonomy}: threshold: Too big: expected number to be <=1\n`);
  });
});

describe('cli CSV safety', () => {
  it('neutralises formula-like cells in CSV, keeps them raw in JSON, and round-trips quotes, commas and newlines', () => {
    const dir = tempDir();
    const title = '=HYPERLINK("http://evil","click"), "quoted"\nsecond line';
    const lines = [
      { id: '+1+1', title, date: '-2025', url: '@x', text: 'Premier Cho Jung-tai (卓榮泰) spoke.' },
      { id: 'tab', title: '\tindent', text: 'Taiwan said no.' },
    ].map((r) => JSON.stringify(r));
    writeFileSync(join(dir, 'in.jsonl'), lines.join('\n') + '\n');
    runCli(['--input', join(dir, 'in.jsonl'), '--output', join(dir, 'out')]);
    const rows = parse(read(join(dir, 'out'), 'articles.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.article_id, r.title, r.date, r.url])).toEqual([
      // A signed number is a spreadsheet's number, not a formula: it stays as it is.
      ["'+1+1", `'${title}`, '-2025', "'@x"],
      ['tab', "'\tindent", '', ''],
    ]);
    const json = read(join(dir, 'out'), 'articles.jsonl').trim().split('\n').map((l) => JSON.parse(l));
    expect(json.map((a) => [a.article_id, a.title, a.date, a.url])).toEqual([['+1+1', title, '-2025', '@x'], ['tab', '\tindent', null, null]]);
    const mentions = parse(read(join(dir, 'out'), 'mentions.csv'), { columns: true });
    expect(mentions[0]).toMatchObject({ article_id: "'+1+1", text: 'Cho Jung-tai', start: '8', end: '20' });
  });
});

describe('cli resolution across JSONL articles', () => {
  it('links a bare 賴清德 in one article to "President William Lai (賴清德)" in another, and "Lai Ching-te" by romanization', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.jsonl'), [
      { id: 'first', text: 'President William Lai (賴清德) met reporters in Taipei.' },
      { id: 'second', text: 'In Kaohsiung, 賴清德 promised more aid.' },
      { id: 'third', text: 'Opposition lawmakers criticized Lai Ching-te over the budget.' },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n');
    runCli(['--input', join(dir, 'in.jsonl'), '--output', join(dir, 'out')]);
    const mentions = parse(read(join(dir, 'out'), 'mentions.csv'), { columns: true }) as Record<string, string>[];
    expect(mentions.filter((m) => m.type === 'person').map((m) => `${m.article_id}:${m.text}:${m.kind}:${m.entity_id}`)).toEqual([
      'first:William Lai:name:person:william-lai',
      'first:賴清德:zh:person:william-lai',
      'second:賴清德:zh:person:william-lai',
      'third:Lai Ching-te:name:person:william-lai',
    ]);
    const entities = parse(read(join(dir, 'out'), 'entities.csv'), { columns: true }) as Record<string, string>[];
    expect(entities.find((e) => e.entity_id === 'person:william-lai')).toMatchObject({
      name: 'William Lai', zh: '賴清德', romanized: 'Lai Ching-te', aliases: 'Lai Ching-te|賴清德', mention_count: '4', article_count: '3',
    });
  });
});

describe('cli exit codes and escaping', () => {
  it('exits 2 on a usage error (a bad --shard, an unknown option) and 0 for --help, which lists the exit codes', () => {
    const dir = tempDir();
    const shard = runCli(['--input', seedPath, '--output', join(dir, 'out'), '--shard', '3/2']);
    expect(shard.status).toBe(2);
    expect(shard.stderr.split('\n')[0]).toBe('error: option \'--shard <K/N|auto>\' argument \'3/2\' is invalid. --shard must be K/N with 1 ≤ K ≤ N, or auto, got "3/2"');
    expect(runCli(['--no-such-option']).status).toBe(2);
    expect(runCli(['merge', '--input', dir, '--bogus']).status).toBe(2);
    // A number is read in decimal digits only (p126: "0x10" had been 16, " 5" 5 and "1e3" 1000).
    for (const value of ['0x10', ' 5', '1e3']) {
      const bytes = runCli(['--input', seedPath, '--output', join(dir, 'out'), '--max-article-bytes', value]);
      expect([bytes.status, bytes.stderr.split('\n')[0]]).toEqual([2, `error: option '--max-article-bytes <n>' argument '${value}' is invalid. expected a whole number of at least 1 in decimal digits, got "${value}"`]);
    }
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 ok, 1 input rejected under --strict, 2 usage or I/O failure, 130 interrupted (Ctrl-C)');
  });

  it('exits 2 and keeps the previous dataset when no named input exists or an input is an option (p60)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'President William Lai met Premier Cho Jung-tai in Taipei.');
    const out = join(dir, 'out');
    expect(runCli(['--input', join(dir, 'a.txt'), '--output', out]).status).toBe(0);
    const before = read(out, 'articles.csv');
    const typo = runCli(['--input', join(dir, 'aa.txt'), '--output', out, '--strict']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe(`gazette: no input found (${join(dir, 'aa.txt')}: no such file or directory); ${out}/ keeps its previous files\n`);
    expect(read(out, 'articles.csv')).toBe(before);
    const lost = runCli(['--output', out, '--input', '-q', 'x']);
    expect(lost.status).toBe(2);
    expect(lost.stderr).toBe(`gazette: input "-q" looks like an option: did --input lose its value? ${out}/ keeps its previous files\n`);
    // Of an output folder not there yet, nothing is said to be kept (p86).
    const fresh = runCli(['--input', join(dir, 'aa.txt'), '--output', join(dir, 'new')]);
    expect(fresh).toMatchObject({ status: 2, stderr: `gazette: no input found (${join(dir, 'aa.txt')}: no such file or directory); nothing written to ${join(dir, 'new')}/\n` });
    // A name that is not UTF-8 reaches the run with U+FFFD in it: said so, not "no such file" (p114).
    const bytes = runCli(['--input', join(dir, 'caf\uFFFD.txt'), '--output', join(dir, 'new')]);
    expect(bytes).toMatchObject({ status: 2, stderr: `gazette: no input found (${join(dir, 'caf\uFFFD.txt')}: the name is not UTF-8 (shown with U+FFFD), which gazette cannot open; rename it, or name its folder); nothing written to ${join(dir, 'new')}/\n` });
    // An output or a state that is an option (`-o $OUT -q` with OUT unset) is refused too.
    expect(runCli(['--input', join(dir, 'a.txt'), '--output', '-q'])).toMatchObject({ status: 2, stderr: 'gazette: --output "-q" looks like an option: did --output lose its value?\n' });
    expect(runCli(['--input', join(dir, 'a.txt'), '--output', out, '--state', '--strict']).status).toBe(2);
    expect(read(out, 'articles.csv')).toBe(before);
    // One input missing beside one that exists is a row, as before.
    const partly = runCli(['--input', join(dir, 'aa.txt'), join(dir, 'a.txt'), '--output', out]);
    expect(partly.status).toBe(0);
    expect(errorRows(out).map((e) => e.rule)).toEqual(['unreadable']);
  });

  it('exits 2 and keeps the previous dataset when every input is empty or missing (p63), or every record rejected (p74)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'President William Lai met Premier Cho Jung-tai in Taipei.');
    const out = join(dir, 'out');
    expect(runCli(['--input', join(dir, 'a.txt'), '--output', out]).status).toBe(0);
    const before = read(out, 'articles.csv');
    // An unmounted share: the folder is there and empty.
    const mount = join(dir, 'mnt');
    mkdirSync(mount);
    const unmounted = runCli(['--input', mount, '--output', out, '--strict', '-q']);
    expect(unmounted).toMatchObject({ status: 2, stderr: `gazette: nothing to read: every input is empty, missing or not text (${mount}: no input files (.txt, .jsonl, .json) in this folder); ${out}/ keeps its previous files\n` });
    expect(read(out, 'articles.csv')).toBe(before);
    // An empty export on stdin beside a missing file.
    const empty = runCli(['--input', '-', join(dir, 'gone.txt'), '--output', out], '');
    expect(empty.status).toBe(2);
    expect(empty.stderr.split('\n').slice(-2)[0]).toBe(`gazette: nothing to read: every input is empty, missing or not text; ${out}/ keeps its previous files`);
    expect(read(out, 'articles.csv')).toBe(before);
    // A gzip file given by name is no text (p68): its row, and the previous dataset kept.
    writeFileSync(join(dir, 'news.txt.gz'), gzipSync('President William Lai met Premier Cho Jung-tai.'));
    const gzipped = runCli(['--input', join(dir, 'news.txt.gz'), '--output', out]);
    expect(gzipped.status).toBe(2);
    expect(gzipped.stderr.split('\n').slice(-2)[0]).toBe(`gazette: nothing to read: every input is empty, missing or not text; ${out}/ keeps its previous files`);
    expect(read(out, 'articles.csv')).toBe(before);
    // An export whose every record is rejected (a field renamed) reads no article: the dataset is kept (p74); on a first run,
    // with no dataset yet, the rows are written.
    writeFileSync(join(dir, 'renamed.jsonl'), JSON.stringify({ body: 'President William Lai met Premier Cho Jung-tai.' }) + '\n');
    const renamed = runCli(['--input', join(dir, 'renamed.jsonl'), '--output', out]);
    expect(renamed.status).toBe(2);
    expect(renamed.stderr.split('\n').slice(-2)[0]).toBe(`gazette: no article read: every input was rejected (1 row above); ${out}/ keeps its previous files`);
    expect(read(out, 'articles.csv')).toBe(before);
    const first = runCli(['--input', join(dir, 'renamed.jsonl'), '--output', join(dir, 'first')]);
    expect(first.status).toBe(0);
    expect(errorRows(join(dir, 'first')).map((e) => e.rule)).toEqual(['jsonl-text']);
    // An empty folder beside one article is a row, as before.
    const partly = runCli(['--input', mount, join(dir, 'a.txt'), '--output', out]);
    expect(partly.status).toBe(0);
    expect(errorRows(out).map((e) => e.rule)).toEqual(['empty-input']);
  });

  it('escapes control characters from the input before they reach the terminal', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.jsonl'), JSON.stringify({ id: 'x\u001b]0;pwned\u0007\u009b31m\u202e', text: ' ' }) + '\n');
    const run = runCli(['--input', join(dir, 'in.jsonl'), '--output', join(dir, 'out')]);
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n')[0]).toBe('gazette: in.jsonl:1: article x\\x1b]0;pwned\\x07\\x9b31m\\u202e has empty text');
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    // The data keeps the raw id.
    expect(errorRows(join(dir, 'out'))[0].article_id).toBe('x\u001b]0;pwned\u0007\u009b31m\u202e');
  });
});

describe('cli CSV neutralisation is injective', () => {
  it('keeps =SUM(1,2) and \'=SUM(1,2) apart in CSV (a leading apostrophe gets one more), raw in JSON', () => {
    const dir = tempDir();
    const ids = ['=SUM(1,2)', "'=SUM(1,2)", "'plain", 'plain'];
    writeFileSync(join(dir, 'in.jsonl'), ids.map((id) => JSON.stringify({ id, text: 'Taiwan said no.' })).join('\n') + '\n');
    const run = runCli(['--input', join(dir, 'in.jsonl'), '--output', join(dir, 'out')]);
    expect(run.status).toBe(0);
    const rows = parse(read(join(dir, 'out'), 'articles.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.article_id)).toEqual(["'=SUM(1,2)", "''=SUM(1,2)", "''plain", 'plain']);
    const json = read(join(dir, 'out'), 'articles.jsonl').trim().split('\n').map((l) => JSON.parse(l).article_id);
    expect(json).toEqual(ids);
  });
});

describe('cli probe round p45 (hostile use of the command line)', () => {
  it('goes on when the reader of its stderr goes away: exit 0, the dataset committed, nothing left beside it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    // 3,000 Latin-1 lines: one invalid-utf8 row each on stderr.
    writeFileSync(join(dir, 'in', 'a.txt'), Buffer.from(Array.from({ length: 3000 }, (_, i) => `Caf\xe9 ${i} opened in Paris.\n`).join(''), 'latin1'));
    const child = spawn(process.execPath, [join(root, 'src', 'launch.mjs'), '-i', join(dir, 'in'), '-o', join(dir, 'out'), '--no-report'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.once('data', () => child.stderr.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', done));
    // Before: EPIPE on the next line was uncaught, exit 1, no dataset, the lock and the staging directory left.
    expect(status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out']);
    expect(readdirSync(join(dir, 'out'))).toContain('articles.csv');
  });

  it('tells a binary file piped in pieces from text by its first 8 KB, not by the first piece (p63)', async () => {
    const dir = tempDir();
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(4000, 0), Buffer.from([...Array(4000).keys()].map((i) => (i * 37) % 256))]);
    const child = spawn(process.execPath, [join(root, 'src', 'launch.mjs'), '-i', '-', '-o', join(dir, 'out'), '--no-report', '-q'], { cwd: root, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.write(png.subarray(0, 4));
    // (Long enough for the run to have started and read the first piece alone.)
    await new Promise((done) => setTimeout(done, 4000));
    child.stdin.end(png.subarray(4));
    // Before: the four bytes passed as text, and the rest became an article of garbage. The input is no text, and it
    // was the only one: the run reads nothing, says why, and writes no dataset (exit 2, as for empty inputs).
    expect(await new Promise<number | null>((done) => child.on('close', done))).toBe(2);
    expect(stderr).toBe('gazette: nothing to read: every input is empty, missing or not text (stdin: this is not a text file (NUL bytes and invalid UTF-8 at the start); skipped)\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails --strict for a rejected input, not for a note on input it kept', () => {
    const dir = tempDir();
    // UTF-16LE without a BOM: read correctly, with a non-fatal encoding-guessed row.
    writeFileSync(join(dir, 'a.txt'), Buffer.from('William Lai met Angela Merkel in Berlin.\n', 'utf16le'));
    const kept = runCli(['-i', join(dir, 'a.txt'), '-o', join(dir, 'out'), '--strict', '--no-report']);
    expect([kept.status, readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8').includes('"fatal":false')]).toEqual([0, true]);
    writeFileSync(join(dir, 'b.jsonl'), '{"id": "x", "text": 5}\n');
    expect(runCli(['-i', join(dir, 'b.jsonl'), '-o', join(dir, 'out2'), '--strict', '--no-report']).status).toBe(1);
  });

  it('fails --strict for an oversize one-paragraph article with a credit line under it, and gives its row and stderr line (p132)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'TAIPEI \u2014 Premier Cho Jung-tai told the Legislative Yuan that the Democratic Progressive Party would respond to the threats from Beijing.\n' +
      'Reporting by Ben Blanchard\nJAPAN: Prime Minister Fumio Kishida met Joe Biden at the White House on Friday.\n');
    const run = runCli(['-i', join(dir, 'a.txt'), '-o', join(dir, 'out'), '--strict', '--no-report', '--max-article-bytes', '110', '-w', '1']);
    const message = 'a.txt:1: article a.txt#1 has 138 bytes of text, over the limit of 110 (--max-article-bytes); skipped';
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([1, `gazette: ${message}`]);
    expect(errorRows(join(dir, 'out'))).toEqual([{ file: 'a.txt', line: 1, column: null, article_id: 'a.txt#1', stage: 'read', rule: 'article-too-large', fatal: true, message }]);
    expect(read(join(dir, 'out'), 'articles.csv').split('\r\n').slice(1, -1).map((row) => row.split(',')[0])).toEqual(['a.txt#2']);
  });

  it('keeps the output directory\'s mode, and refuses a --state that is a symlink to the output before writing anything', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    chmodSync(out, 0o2775);
    expect(runCli(['-i', seedPath, '-o', out, '--no-report']).status).toBe(0);
    // Before: 0700 after every run (the staging directory's mode).
    expect(statSync(out).mode & 0o7777).toBe(0o2775);
    symlinkSync(out, join(dir, 'st'));
    const run = runCli(['-i', seedPath, '-o', out, '--state', join(dir, 'st'), '--no-report']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/overlap/u);
    expect(readdirSync(out)).not.toContain('results.jsonl');
  });

  it('finds its own pipeline when run from another directory', () => {
    const dir = tempDir();
    const run = spawnSync(process.execPath, [join(root, 'src', 'launch.mjs'), '-i', seedPath, '-o', join(dir, 'out'), '--no-report'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    // Before: "pipelines/news.json: ENOENT" (exit 2).
    expect(run.stderr).toMatch(/^5 articles, /u);
    expect(run.status).toBe(0);
  });

  it('reads a named file without an input extension as --format says', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export'), '{"id": "r1", "text": "William Lai met Angela Merkel in Berlin."}\n{"id": "r2", "text": "Taiwan said no."}\n');
    const run = runCli(['-i', join(dir, 'export'), '--format', 'jsonl', '-o', join(dir, 'out'), '--no-report']);
    // Before: one article of raw JSON text, with mentions at the JSON's offsets.
    expect(run.status).toBe(0);
    expect(read(join(dir, 'out'), 'articles.csv').split('\r\n').slice(1, 3).map((l) => l.split(',')[0])).toEqual(['r1', 'r2']);
  });
});
