import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile, type InputFile } from '../src/io/read.js';
import { repairDoubleEncoding } from '../src/text/double-encoding.js';
import { tempDir } from './helpers.js';

/** Encodes UTF-16 code units (a JS string, lone surrogates kept) little- or big-endian, with an optional BOM. */
function utf16(text: string, bigEndian: boolean, bom: boolean): Buffer {
  const bytes = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return bigEndian ? bytes.swap16() : bytes;
}

/** Reads `bytes` as the file `name`; returns each segment as `id: text` or `rule@line:column (kept): message`. */
async function read(name: string, bytes: Buffer): Promise<string[]> {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  const file: InputFile = { path, source: name, format: name.endsWith('.jsonl') ? 'jsonl' : 'txt' };
  const out: string[] = [];
  for await (const s of readInputFile(file)) {
    out.push('article' in s ? `${s.article.id}: ${s.article.text}` : `${s.error.rule}@${s.error.line}:${s.error.column}${s.error.fatal ? '' : ' (kept)'}: ${s.error.message}`);
  }
  return out;
}

const STORY = 'TRADE: Taiwan raised tariffs on steel.\r\nA second paragraph about 賴清德 😀.\r\nPOLITICS: Another story in Kyiv.\r\n';
const ARTICLES = ['u.txt#1: Taiwan raised tariffs on steel.\nA second paragraph about 賴清德 😀.', 'u.txt#2: Another story in Kyiv.'];

describe('UTF-8 encoded twice (p132)', () => {
  /** The text as a CMS leaves it: its UTF-8 bytes read as Windows-1252 and saved as UTF-8 again. */
  const twice = (text: string) => [...Buffer.from(text)].map((b) => (b >= 0x80 && b < 0xa0 ? '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'[b - 0x80]! : String.fromCharCode(b))).join('');

  it('reads a .txt line\'s double-encoded characters as the UTF-8 they were, with one kept row a file at the first', async () => {
    expect(twice('Taiwan’s')).toBe('Taiwanâ€™s');
    const text = `TAIPEI: ${twice('Taiwan’s President William Lai met officials in Taipei\u00a0on Tuesday, and China’s envoy left.')}\n\nPARIS: ${twice('Café owners — “non”, said José; the €5 fee is Vučić’s.')}\n`;
    // Before: no row, and the entities organization:taiwana ("Taiwanâ€"), organization:chinaa and place:taipeia ("TaipeiÂ").
    expect(await read('m.txt', Buffer.from(text))).toEqual([
      'double-encoded@1:15 (kept): m.txt:1:15: UTF-8 encoded twice ("â€™" for "’": read as Windows-1252 and saved again); this line and the file\'s other such lines read as the UTF-8 they were',
      'm.txt#1: Taiwan’s President William Lai met officials in Taipei\u00a0on Tuesday, and China’s envoy left.',
      'm.txt#2: Café owners — “non”, said José; the €5 fee is Vučić’s.',
    ]);
  });

  it('leaves text that only looks so as written: a JSONL record, French spacing, Portuguese and Spanish capitals', async () => {
    const kept = ['L\'ÉTÉ\u00a0: CAFÉ\u00a0! SÃO PAULO, ESPAÑA”, Â la carte, Ã la mode, â\u00a0x', 'Åland', 'Ñ’s'];
    expect(kept.map(repairDoubleEncoding)).toEqual([undefined, undefined, undefined]);
    expect(repairDoubleEncoding(`a ${twice('é')} b ${twice('”')}`)).toEqual({ text: 'a é b ”', column: 3, first: 'Ã©', meant: 'é' });
    expect(await read('m.jsonl', Buffer.from(JSON.stringify({ id: 'a', text: `TAIPEI: ${twice('Taiwan’s')} envoy left.` }) + '\n'))).toEqual([`a: TAIPEI: ${twice('Taiwan’s')} envoy left.`]);
  });
});

describe('Windows-1252 input (p114)', () => {
  it('reads a line with no UTF-8 in it as Windows-1252, noted once a file, and keeps U+FFFD where a line mixes in UTF-8', async () => {
    const cp1252 = (text: string) => Buffer.from([...text].map((c) => ({ '—': 0x97, '’': 0x92, '“': 0x93, '”': 0x94, '€': 0x80 } as Record<string, number>)[c] ?? c.charCodeAt(0)));
    const text = Buffer.concat([cp1252('WASHINGTON (AP) — José Álvarez said “no”.\n\nMIAMI (AP) — Florida’s governor said costs hit €5 million.\n'),
      Buffer.from('LONDON (AP) — Zoë said '), Buffer.of(0xff), Buffer.from(' on Monday.\n')]);
    // Before: one article, a U+FFFD row per line, "Jos" and "lvarez" for José Álvarez.
    expect(await read('ap.txt', text)).toEqual([
      'encoding-guessed@1:17 (kept): ap.txt:1:17: not UTF-8; this line and the file\'s other lines with no UTF-8 in them read as Windows-1252',
      'invalid-utf8@4:24 (kept): ap.txt:4:24: invalid UTF-8 bytes replaced with U+FFFD',
      'ap.txt#1: WASHINGTON (AP) — José Álvarez said “no”.',
      'ap.txt#2: MIAMI (AP) — Florida’s governor said costs hit €5 million.',
      'ap.txt#3: LONDON (AP) — Zoë said \uFFFD on Monday.',
    ]);
  });
});

describe('other code pages (p117)', () => {
  it('keeps U+FFFD for a line whose high bytes are most of its letters (Cyrillic in Windows-1251), not Windows-1252 letters', async () => {
    // "Президент Путин" in Windows-1251.
    const cyrillic = Buffer.from([0xcf, 0xf0, 0xe5, 0xe7, 0xe8, 0xe4, 0xe5, 0xed, 0xf2, 0x20, 0xcf, 0xf3, 0xf2, 0xe8, 0xed, 0x2e, 0x0a]);
    // Before: "Ïðåçèäåíò Ïóòèí." as Windows-1252, a person.
    expect(await read('ru.txt', cyrillic)).toEqual(['invalid-utf8@1:1 (kept): ru.txt:1:1: invalid UTF-8 bytes replaced with U+FFFD', 'ru.txt#1: \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD.']);
  });
});

describe('UTF-16 input', () => {
  it.each([['LE', false], ['BE', true]] as const)('reads UTF-16 %s with a byte order mark as the same text, without a row', async (_, bigEndian) => {
    expect(await read('u.txt', utf16(STORY, bigEndian, true))).toEqual(ARTICLES);
  });

  it.each([['LE', false], ['BE', true]] as const)('reads UTF-16 %s without a byte order mark, with a kept row saying it was guessed', async (name, bigEndian) => {
    expect(await read('u.txt', utf16(STORY, bigEndian, false))).toEqual([
      `encoding-guessed@undefined:undefined (kept): u.txt: no byte order mark; read as UTF-16${name} (every other byte of its start is NUL)`,
      ...ARTICLES,
    ]);
  });

  it('reads a UTF-16 JSONL file, and a lone surrogate in the file is an invalid-utf8 row at its line and column', async () => {
    const lines = `${JSON.stringify({ id: 'a', text: 'Taipei said no.' })}\n{"id":"b","text":"Bad \uD800 in Kyiv."}\n`;
    expect(await read('u.jsonl', utf16(lines, false, true))).toEqual([
      'a: Taipei said no.',
      'invalid-utf8@2:23 (kept): u.jsonl:2:23: invalid UTF-8 bytes replaced with U+FFFD',
      'b: Bad \uFFFD in Kyiv.',
    ]);
  });

  it('keeps a surrogate pair that a read chunk (64 KiB) cuts in two, and marks an odd last byte', async () => {
    // The BOM and 32,766 units end at byte 65,534: the emoji's four bytes straddle the first chunk's end.
    const text = `${'a'.repeat(32_766)}😀 in Taipei.`;
    const bytes = Buffer.concat([utf16(text, false, true), Buffer.of(0x41)]);
    expect(await read('u.txt', bytes)).toEqual([
      'invalid-utf8@1:32779 (kept): u.txt:1:32779: invalid UTF-8 bytes replaced with U+FFFD',
      `u.txt#1: ${text}\uFFFD`,
    ]);
  });

  it('still reads UTF-8 with a NUL byte as UTF-8, and a PNG as binary', async () => {
    expect(await read('n.txt', Buffer.from('A story with a NUL\0 inside about Taiwan.'))).toEqual([
      'nul-byte@1:19 (kept): n.txt:1:19: NUL bytes replaced with U+FFFD',
      'n.txt#1: A story with a NUL\uFFFD inside about Taiwan.',
    ]);
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    expect(await read('p.txt', png)).toEqual(['binary-input@undefined:undefined: p.txt: this is not a text file (NUL bytes and invalid UTF-8 at the start); skipped']);
  });

  it('skips a PDF without a NUL at its start and a file of control bytes as binary, and keeps a coloured log (p63)', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /MediaBox [0 0 612 792] >> endobj\n');
    expect(await read('doc.pdf.txt', pdf)).toEqual(['binary-input@undefined:undefined: doc.pdf.txt: this is not a text file (a PDF); skipped']);
    // Before (p114): read as text, its font table a place "Times New Roman".
    const rtf = Buffer.from('{\\rtf1\\ansi{\\fonttbl\\f0 Times New Roman;}\nPOLITICS: Lai met Cho.}\n');
    expect(await read('doc.rtf.txt', rtf)).toEqual(['binary-input@undefined:undefined: doc.rtf.txt: this is not a text file (an RTF document; save it as plain text); skipped']);
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => [1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x1b, 0x1f, 0x7f][i % 12]!));
    expect(await read('c.txt', controls)).toEqual(['binary-input@undefined:undefined: c.txt: this is not a text file (mostly control bytes at the start); skipped']);
    const log = Buffer.from('\u001b[32mINFO\u001b[0m President William Lai spoke in Taipei.\n');
    expect(await read('log.txt', log)).toEqual(['log.txt#1: \u001b[32mINFO\u001b[0m President William Lai spoke in Taipei.']);
  });

  it('repairs a text file with a stray NUL and Windows-1252 quotes line by line instead of skipping it as binary (p60)', async () => {
    const text = Buffer.concat([Buffer.from('TRADE: Lai said '), Buffer.of(0x93), Buffer.from('no'), Buffer.of(0x94), Buffer.from(' on Monday.\nPOLITICS: The DPP met in Taipei.'), Buffer.of(0), Buffer.from('\n')]);
    expect(await read('w.txt', text)).toEqual([
      'encoding-guessed@1:17 (kept): w.txt:1:17: not UTF-8; this line and the file\'s other lines with no UTF-8 in them read as Windows-1252',
      'nul-byte@2:33 (kept): w.txt:2:33: NUL bytes replaced with U+FFFD',
      'w.txt#1: Lai said “no” on Monday.',
      'w.txt#2: The DPP met in Taipei.\uFFFD',
    ]);
  });
});
