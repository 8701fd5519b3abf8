import { spawnSync } from 'node:child_process';
import { closeSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, rootLabels } from '../src/io/inputs.js';
import { root, runCli, tempDir } from './helpers.js';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const jsonLines = (dir: string, file: string) => read(dir, file).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('inputs are what the user named', () => {
  it('reads JSON Lines under the names other tools give them, .jl and .jsonlines (p106: skipped without a row)', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'scrapy.jl'), JSON.stringify({ id: 'a', text: 'Premier Cho Jung-tai met reporters in Taipei on Monday.' }) + '\n');
    writeFileSync(join(dir, 'in', 'export.jsonlines'), JSON.stringify({ id: 'b', text: 'President William Lai spoke in Tainan on Tuesday.' }) + '\n');
    const run = runCli(['--input', join(dir, 'in'), '--output', join(dir, 'out')]);
    expect([run.status, jsonLines(join(dir, 'out'), 'articles.jsonl').map((a) => a.article_id)]).toEqual([0, ['b', 'a']]);
  });
  it('follows a symlink only within its input root; one to /proc/self/environ or outside becomes an error row naming the link', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'outside.txt'), 'Moscow said the SECRET-OUTSIDE plan was over.');
    writeFileSync(join(input, 'sub', 'real.txt'), 'Taiwan said no.');
    symlinkSync('/proc/self/environ', join(input, 'env.txt'));
    symlinkSync(join(dir, 'outside.txt'), join(input, 'leak.txt'));
    symlinkSync(join(input, 'sub', 'real.txt'), join(input, 'inside.txt'));
    const out = join(dir, 'out');
    const run = runCli(['--input', input, '--output', out], undefined);
    expect(run.status).toBe(0);
    // The link inside the folder is read, and the file it names once only (its second visit is a row).
    expect(jsonLines(out, 'articles.jsonl').map((a) => a.article_id)).toEqual(['inside.txt#1']);
    expect(jsonLines(out, 'errors.jsonl')).toEqual([
      ...['env.txt', 'leak.txt'].map((file) => ({
        file, line: null, column: null, article_id: null, stage: 'read', rule: 'symlink-outside', fatal: true,
        message: `${file}: a symlink to a path outside the input folder; not followed`,
      })),
      { file: 'sub/real.txt', line: null, column: null, article_id: null, stage: 'read', rule: 'duplicate-input', fatal: true, message: 'sub/real.txt: the same file as inside.txt, read already; skipped' },
    ]);
    for (const file of readdirSync(out)) {
      expect(read(out, file)).not.toContain('SECRET-OUTSIDE');
      expect(read(out, file)).not.toContain('PATH=');
    }
  });

  it('reads a file once when two input roots reach it, and says so', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), 'Donald Trump said no.');
    symlinkSync(input, join(dir, 'link'));
    const out = join(dir, 'out');
    // Before: a.txt's article was read twice (in/a.txt#1 and a.txt#1, or through the link), with no row.
    expect(runCli(['--input', input, join(input, 'a.txt'), join(dir, 'link'), '--output', out]).status).toBe(0);
    expect(jsonLines(out, 'articles.jsonl').map((a) => a.article_id)).toEqual(['in/a.txt#1']);
    expect(jsonLines(out, 'errors.jsonl').map((e) => [e.file, e.rule, e.message])).toEqual([
      ['link', 'duplicate-input', 'link: the same folder as in, read already; skipped'],
      ['a.txt', 'duplicate-input', 'a.txt: the same file as in/a.txt, read already; skipped'],
    ]);
  });

  it('reads two hard links of one file once, and says so', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), 'Donald Trump said no.');
    linkSync(join(input, 'a.txt'), join(input, 'b.txt'));
    const out = join(dir, 'out');
    // Before: a.txt#1 and b.txt#1, the one article counted twice, with no row.
    expect(runCli(['--input', input, '--output', out]).status).toBe(0);
    expect(jsonLines(out, 'articles.jsonl').map((a) => a.article_id)).toEqual(['a.txt#1']);
    expect(jsonLines(out, 'errors.jsonl').map((e) => [e.file, e.rule, e.message])).toEqual([
      ['b.txt', 'duplicate-input', 'b.txt: the same file as a.txt, read already; skipped'],
    ]);
  });

  it('skips a folder named a second time (itself, or a symlink to it) with one row, not one for each of its files and links', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    writeFileSync(join(input, 'sub', 'a.txt'), 'Donald Trump said no.');
    writeFileSync(join(input, 'b.txt'), 'Taiwan said no.');
    symlinkSync('..', join(input, 'sub', 'up'));
    symlinkSync(input, join(dir, 'link'));
    const out = join(dir, 'out');
    // Before: every file and every looping link of the folder was a row a second time under "link/".
    expect(runCli(['--input', input, join(dir, 'link'), input, '--output', out]).status).toBe(0);
    expect(jsonLines(out, 'articles.jsonl').map((a) => a.article_id)).toEqual(['in/b.txt#1', 'in/sub/a.txt#1']);
    expect(jsonLines(out, 'errors.jsonl').map((e) => [e.file, e.rule, e.message])).toEqual([
      ['in/sub/up', 'symlink-loop', 'in/sub/up: a symlink to a folder above it; not followed'],
      // The paths in sorted order: in, in, link.
      ['in', 'duplicate-input', 'in: this folder is named twice; read once'],
      ['link', 'duplicate-input', 'link: the same folder as in, read already; skipped'],
    ]);
  });

  it('reads a folder under its own name, not through a symlink to it beside it, with a note (p114)', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(join(input, 'news'), { recursive: true });
    writeFileSync(join(input, 'news', 'a.txt'), 'Donald Trump said no.');
    symlinkSync('news', join(input, 'latest'));
    const out = join(dir, 'out');
    // Before: read through "latest/", and "news" a fatal symlink-loop: --strict exited 1 though nothing was lost.
    expect(runCli(['--input', input, '--output', out, '--strict']).status).toBe(0);
    expect(jsonLines(out, 'articles.jsonl').map((a) => a.article_id)).toEqual(['news/a.txt#1']);
    expect(jsonLines(out, 'errors.jsonl').map((e) => [e.file, e.rule, e.fatal, e.message])).toEqual([
      ['latest', 'duplicate-input', false, 'latest: a symlink to news, a folder read under its own name; not followed'],
    ]);
  });

  it('never reads the output directory back as input when it lies inside the input directory', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), 'Taiwan said no.');
    for (let run = 0; run < 3; run++) {
      const result = runCli(['--input', input, '--output', join(input, 'out'), '--state', join(input, 'state')]);
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(/^1 articles .*, 0 errors → /u);
    }
  });

  it('skips hidden and system entries below an input folder: a folder with a note, a file silently; a hidden path named is read (p74)', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    for (const sub of ['notes', '.trash', '.obsidian', '__MACOSX/notes']) mkdirSync(join(input, sub), { recursive: true });
    writeFileSync(join(input, 'notes', 'lai.txt'), 'Taiwan said no.');
    writeFileSync(join(input, '.trash', 'draft.txt'), 'Taiwan said maybe.');
    writeFileSync(join(input, '.obsidian', 'app.json'), '{"theme": "dark"}');
    writeFileSync(join(input, 'notes', '._lai.txt'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]));
    writeFileSync(join(input, '__MACOSX', 'notes', '._lai.txt'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]));
    const result = runCli(['--input', input, '--output', join(dir, 'out'), '--strict']);
    expect(result.status).toBe(0);
    expect(read(join(dir, 'out'), 'articles.csv').split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['notes/lai.txt#1']);
    expect(jsonLines(join(dir, 'out'), 'errors.jsonl').map((e) => [e.file, e.rule, e.fatal])).toEqual([['.obsidian', 'hidden', false], ['.trash', 'hidden', false], ['__MACOSX', 'hidden', false]]);
    expect(runCli(['--input', join(input, '.trash'), '--output', join(dir, 'out2')]).status).toBe(0);
    expect(read(join(dir, 'out2'), 'articles.csv').split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['draft.txt#1']);
  });

  it('names a document below an input folder that it does not read (a saved web page, a Markdown note) in a note; a picture passes silently (p92)', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, 'lai.txt'), 'Taiwan said no.');
    writeFileSync(join(input, 'page.html'), '<!DOCTYPE html><p>Taiwan said yes.</p>');
    writeFileSync(join(input, 'notes.md'), '# Taiwan said maybe.');
    writeFileSync(join(input, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    const result = runCli(['--input', input, '--output', join(dir, 'out'), '--strict']);
    // Before: no row at all; a folder of web pages alone gave zero articles and exit 0.
    expect(result.status).toBe(0);
    expect(jsonLines(join(dir, 'out'), 'errors.jsonl').map((e) => [e.file, e.rule, e.fatal])).toEqual([['notes.md', 'unsupported-format', false], ['page.html', 'unsupported-format', false]]);
  });

  it('names a compressed export below a folder in a note and refuses one named on the command line (p120: no row at all)', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, 'today.jsonl'), '{"id": "t", "text": "Taiwan said no."}\n');
    writeFileSync(join(input, 'yesterday.jsonl.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
    const out = join(dir, 'out');
    expect(runCli(['--input', input, '--output', out]).status).toBe(0);
    const message = 'yesterday.jsonl.gz: a compressed .gz file; not read (decompress it first: gazette reads .txt, .jsonl, .ndjson and .json)';
    expect(jsonLines(out, 'errors.jsonl').map((e) => [e.file, e.rule, e.fatal, e.message])).toEqual([['yesterday.jsonl.gz', 'unsupported-format', false, message]]);
    const named = join(dir, 'named');
    expect(runCli(['--input', join(input, 'today.jsonl'), join(input, 'yesterday.jsonl.gz'), '--output', named]).status).toBe(0);
    expect(jsonLines(named, 'errors.jsonl').map((e) => [e.file, e.rule, e.fatal, e.message])).toEqual([['yesterday.jsonl.gz', 'unsupported-format', true, message]]);
  });

  it('refuses a saved web page or spreadsheet named on the command line with a row, and reads a named Markdown file as text (p92)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'page.html'), '<!DOCTYPE html><html><body><p>Taiwan said yes.</p></body></html>');
    writeFileSync(join(dir, 'sheet.csv'), 'id,text\n1,Moscow said no.\n');
    writeFileSync(join(dir, 'notes.md'), 'Kyiv said maybe.');
    const out = join(dir, 'out');
    const result = runCli(['--input', join(dir, 'page.html'), join(dir, 'sheet.csv'), join(dir, 'notes.md'), '--output', out]);
    // Before: the page's markup was an article ("DOCTYPE" an organization), and the spreadsheet's lines another.
    expect(result.status).toBe(0);
    expect(jsonLines(out, 'articles.jsonl').map((a) => [a.article_id, a.text])).toEqual([['notes.md#1', 'Kyiv said maybe.']]);
    expect(jsonLines(out, 'errors.jsonl').map((e) => [e.file, e.rule, e.fatal, e.message])).toEqual([
      ['page.html', 'unsupported-format', true, 'page.html: a .html file; not read (gazette reads .txt, .jsonl, .ndjson and .json: save or export the articles as text)'],
      ['sheet.csv', 'unsupported-format', true, 'sheet.csv: a .csv file; not read (gazette reads .txt, .jsonl, .ndjson and .json: save or export the articles as text)'],
    ]);
    // Named alone, it is a usage error: nothing to read.
    expect(runCli(['--input', join(dir, 'page.html'), '--output', join(dir, 'out2')]).status).toBe(2);
  });

  it('skips, with a note, another run\'s dataset left inside the input directory (p60)', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), 'Taiwan said no.');
    expect(runCli(['--input', input, '--output', join(input, 'old')]).status).toBe(0);
    const result = runCli(['--input', input, '--output', join(dir, 'out'), '--strict']);
    expect(result.status).toBe(0);
    expect(read(join(dir, 'out'), 'articles.csv').split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['a.txt#1']);
    expect(jsonLines(join(dir, 'out'), 'errors.jsonl').map((e) => [e.file, e.rule, e.fatal, e.message])).toEqual([['old', 'previous-output', false, 'old: a gazette dataset (datapackage.json); not read as input']]);
    // A user's folder with a datapackage.json of its own named gazette-… is read (p63: every article had been skipped).
    mkdirSync(join(input, 'archive'));
    writeFileSync(join(input, 'archive', 'datapackage.json'), JSON.stringify({ profile: 'tabular-data-package', name: 'gazette-montreal-2025', resources: [] }));
    writeFileSync(join(input, 'archive', 'b.txt'), 'Montreal said yes.');
    expect(runCli(['--input', input, '--output', join(dir, 'out2')]).status).toBe(0);
    expect(read(join(dir, 'out2'), 'articles.csv').split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['a.txt#1', 'archive/b.txt#1']);
  });

  it('reads standard input named twice once, with a duplicate-input row (p60: the second had been an empty input)', () => {
    const dir = tempDir();
    const result = runCli(['--input', '-', '-', '--output', join(dir, 'out')], 'President William Lai met Premier Cho Jung-tai in Taipei.\n');
    expect(result.status).toBe(0);
    expect(read(join(dir, 'out'), 'articles.csv').split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['stdin#1']);
    expect(jsonLines(join(dir, 'out'), 'errors.jsonl').map((e) => [e.file, e.rule, e.message])).toEqual([['stdin', 'duplicate-input', 'stdin: standard input is named twice; read once']]);
  });

  it('reads standard input once under a second name: /dev/stdin, or the file it was redirected from (p63)', () => {
    const dir = tempDir();
    const text = 'President William Lai met Premier Cho Jung-tai in Taipei.\n';
    const piped = runCli(['--input', '-', '/dev/stdin', '--output', join(dir, 'out')], text);
    expect(piped.status).toBe(0);
    expect(read(join(dir, 'out'), 'articles.csv').split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['stdin#1']);
    expect(jsonLines(join(dir, 'out'), 'errors.jsonl').map((e) => [e.file, e.rule, e.message])).toEqual([['dev/stdin', 'duplicate-input', 'dev/stdin: the same file as stdin, read already; skipped']]);
    const file = join(dir, 'a.txt');
    writeFileSync(file, text);
    const fd = openSync(file, 'r');
    const redirected = spawnSync(process.execPath, [join(root, 'src', 'launch.mjs'), '--input', '-', file, '--output', join(dir, 'out2')], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(redirected.status).toBe(0);
    expect(read(join(dir, 'out2'), 'articles.csv').split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['stdin#1']);
    expect(jsonLines(join(dir, 'out2'), 'errors.jsonl').map((e) => e.message)).toEqual(["a.txt: the same file as stdin, read already; skipped"]);
  });

  it('reads no other run\'s --state or shards below an input, so shards of one input merge whichever ran first (p63)', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), 'TRADE: Taiwan said tariffs rose.\nPOLITICS: William Lai met Cho Jung-tai in Taipei.');
    // A nightly run that keeps its state inside the folder it reads, then a one-off run of the same folder.
    expect(runCli(['--input', input, '--output', join(dir, 'nightly'), '--state', join(input, '.gazette-state')]).status).toBe(0);
    const oneOff = runCli(['--input', input, '--output', join(dir, 'once'), '--strict']);
    expect([oneOff.status, read(join(dir, 'once'), 'errors.jsonl')]).toEqual([0, '']);
    // Two shards written below the input: the second had read the first's file, and merge refused them.
    for (const k of [1, 2]) expect(runCli(['--input', input, '--output', join(input, 'shards', String(k)), '--shard', `${k}/2`]).status).toBe(0);
    expect(runCli(['merge', '--input', join(input, 'shards', '1'), join(input, 'shards', '2'), '--output', join(dir, 'merged')]).status).toBe(0);
    expect(read(join(dir, 'merged'), 'articles.csv')).toBe(read(join(dir, 'once'), 'articles.csv'));
  });

  it('refuses, before writing anything, an input inside the output directory or the state directory', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    const mine = JSON.stringify({ id: 'mine', text: 'Taiwan said no.' }) + '\n';
    writeFileSync(join(out, 'articles.jsonl'), mine);
    const inside = runCli(['--input', join(out, 'articles.jsonl'), '--output', out]);
    expect([inside.status, inside.stderr]).toEqual([2, `gazette: input ${join(out, 'articles.jsonl')} is inside the output directory ${out}/, which the run replaces; write the output elsewhere\n`]);
    expect(read(out, 'articles.jsonl')).toBe(mine);
    const same = runCli(['--input', out, '--output', out]);
    expect([same.status, same.stderr]).toEqual([2, `gazette: input ${out} is inside the output directory ${out}/, which the run replaces; write the output elsewhere\n`]);
    const state = runCli(['--input', join(out, 'articles.jsonl'), '--output', join(dir, 'other'), '--state', out]);
    expect([state.status, state.stderr]).toEqual([2, `gazette: input ${join(out, 'articles.jsonl')} is inside the state directory ${out}/, which the run replaces; keep the state elsewhere\n`]);
    expect(readdirSync(out)).toEqual(['articles.jsonl']);
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('names each root by as many last path components as tell it apart from the others', () => {
    expect(rootLabels(['/a/2024/news', '/a/2025/news', '/b/extra.jsonl'])).toEqual(['2024/news', '2025/news', 'extra.jsonl']);
    expect(rootLabels(['/x/a/b', '/a/b', '/x/a/b'])).toEqual(['x/a/b', 'a/b', 'x/a/b']);
    expect(rootLabels(['/data/seeds'])).toEqual(['seeds']);
    // No name is the start of another, so two files of two roots never share a source (probe p45: "news" + "world/a.txt"
    // and "news/world" + "a.txt" had both been news/world/a.txt, and the second article was dropped as a duplicate id).
    expect(rootLabels(['/t/feeds/news', '/t/mirror/news/world', '/t/extra/world'])).toEqual(['feeds/news', 'news/world', 'extra/world']);
  });

  it('walks a folder 1,200 deep in seconds, finding the files at its top and bottom', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'top.txt'), 'Taiwan said no.\n');
    const bottom = join(dir, ...Array<string>(1200).fill('d'));
    mkdirSync(bottom, { recursive: true });
    writeFileSync(join(bottom, 'bottom.txt'), 'Moscow said yes.\n');
    const started = performance.now();
    const { files } = await expandInputs([dir], 'txt');
    // Before: a realpath per level, each walking the whole path again (cubic; 1,200 deep had taken 38 s).
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(files.map((f) => f.source.length)).toEqual([1200 * 2 + 'bottom.txt'.length, 'top.txt'.length]);
  });

  it('names 20,000 roots in time linear in their number (a shell glob of a folder)', () => {
    const paths = Array.from({ length: 20_000 }, (_, i) => `/data/in/${i}.txt`);
    const started = performance.now();
    const labels = rootLabels(paths);
    // Before: every root compared with every other, 60 s for 20,000.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(labels.slice(0, 2)).toEqual(['0.txt', '1.txt']);
  });

  it('gives .txt articles ids that are unique across input roots (d1/news.txt, d2/news.txt)', () => {
    const dir = tempDir();
    for (const [name, text] of [['d1', 'Taiwan said no.'], ['d2', 'Moscow said yes.']] as const) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'news.txt'), text);
    }
    writeFileSync(join(dir, 'news.txt'), 'Kyiv said maybe.');
    const out = join(dir, 'out');
    const run = runCli(['--input', join(dir, 'd1'), join(dir, 'd2'), join(dir, 'news.txt'), '--output', out]);
    expect(run.status).toBe(0);
    expect(jsonLines(out, 'articles.jsonl').map((a) => [a.article_id, a.source])).toEqual([
      ['d1/news.txt#1', 'd1/news.txt'], ['d2/news.txt#1', 'd2/news.txt'], ['news.txt#1', 'news.txt'],
    ]);
    expect(read(out, 'errors.jsonl')).toBe('');
  });

  it('gives the same bytes whatever the order of the paths named: rows, and which of two articles with one id is kept (p92)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"dup","text":"Taiwan said no."}\n');
    writeFileSync(join(dir, 'b.jsonl'), '{"id":"dup","text":"Moscow said yes."}\n');
    writeFileSync(join(dir, 'x.txt'), 'Kyiv said maybe.');
    const outputs = [['a.jsonl', 'b.jsonl', 'x.txt'], ['x.txt', 'b.jsonl', 'a.jsonl']].map((names, i) => {
      const out = join(dir, `out${i}`);
      expect(runCli(['--input', ...names.map((name) => join(dir, name)), '--output', out, '--no-report']).status).toBe(0);
      return out;
    });
    // Before: the second order kept b.jsonl's "dup" and listed x.txt first.
    expect(jsonLines(outputs[1]!, 'articles.jsonl').map((a) => [a.article_id, a.source])).toEqual([['dup', 'a.jsonl'], ['x.txt#1', 'x.txt']]);
    expect(jsonLines(outputs[1]!, 'errors.jsonl').map((e) => [e.file, e.line, e.rule])).toEqual([['b.jsonl', 1, 'duplicate-id']]);
    for (const file of readdirSync(outputs[0]!).filter((name) => name !== 'run.json')) expect(read(outputs[1]!, file), file).toBe(read(outputs[0]!, file));
  });
});

describe('file names that are not UTF-8', () => {
  it('are an unreadable row saying so, for a file with an input extension and for a directory; the rest is read', () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'good.txt'), 'Taiwan said no.');
    const bad = (name: string) => Buffer.concat([Buffer.from(`${input}/`), Buffer.from(name, 'latin1')]);
    writeFileSync(bad('caf\xe9.txt'), 'Kyiv said yes.');
    writeFileSync(bad('notes\xe9.md'), 'not an input');
    mkdirSync(bad('d\xff'));
    const out = join(dir, 'out');
    expect(runCli(['--input', input, '--output', out]).status).toBe(0);
    expect(jsonLines(out, 'articles.jsonl').map((a) => a.article_id)).toEqual(['good.txt#1']);
    expect(jsonLines(out, 'errors.jsonl')).toEqual([
      ['caf\uFFFD.txt', 'file'], ['d\uFFFD', 'directory'],
    ].map(([file, what]) => ({
      file, line: null, column: null, article_id: null, stage: 'read', rule: 'unreadable', fatal: true,
      message: `${file}: the ${what} name is not UTF-8 (shown here with U+FFFD); not read: rename it`,
    })));
  });
  it('keeps a file named "stdin" apart from standard input: its articles are not dropped as duplicates', () => {
    const dir = tempDir();
    const file = join(dir, 'stdin');
    writeFileSync(file, 'TRADE: Taiwan said tariffs rose on Monday.\n');
    const out = join(dir, 'out');
    const run = runCli(['--input', '-', file, '--output', out], 'POLITICS: Lawmakers met on Monday.\n');
    expect(run.status).toBe(0);
    const rows = readFileSync(join(out, 'articles.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',').slice(0, 2).join(','));
    const label = `${dir.split('/').filter(Boolean).join('/')}/stdin`;
    expect(rows).toEqual(['stdin#1,stdin', `${label}#1,${label}`]);
  });
});

describe('an id gazette makes (h137 F5)', () => {
  it('gives way to the same id a record wrote: the article is kept under the first free "~2", with a note row', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ids.jsonl'), ['{"id":"ids.jsonl#2","text":"President William Lai met Shigeru Ishiba."}', '{"id":"","text":"Premier Cho Jung-tai met Eric Chu."}',
      '{"text":"No id here, Ko Wen-je said."}'].join('\n') + '\n');
    const out = join(dir, 'out');
    expect(runCli(['--input', join(dir, 'ids.jsonl'), '--output', out, '--no-report', '--strict']).status).toBe(0);
    expect(jsonLines(out, 'articles.jsonl').map((a) => [a.article_id, a.text])).toEqual([['ids.jsonl#2', 'President William Lai met Shigeru Ishiba.'],
      ['ids.jsonl#2~2', 'Premier Cho Jung-tai met Eric Chu.'], ['ids.jsonl#3', 'No id here, Ko Wen-je said.']]);
    expect(jsonLines(out, 'errors.jsonl').map((e) => [e.line, e.rule, e.fatal, e.article_id, e.message])).toEqual([
      [2, 'empty-id', false, 'ids.jsonl#2', 'ids.jsonl:2: article ids.jsonl#2: "id" is empty; ids.jsonl#2 is used instead'],
      [2, 'duplicate-id', false, 'ids.jsonl#2~2', 'ids.jsonl:2: article id "ids.jsonl#2" was already used; this article\'s id, made by gazette, is "ids.jsonl#2~2" instead']]);
  });
});
