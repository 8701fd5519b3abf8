import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile, type InputFile } from '../src/io/read.js';
import { looksQuotedPrintable } from '../src/io/quoted-printable.js';
import { tempDir } from './helpers.js';

/** Reads `text` as the .txt file `name`; returns each segment as `id@line: title | text | credits` or `rule@line (kept): message`. */
async function read(name: string, text: string | Buffer): Promise<string[]> {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  const file: InputFile = { path, source: name, format: 'txt' };
  const out: string[] = [];
  for await (const s of readInputFile(file)) {
    out.push('article' in s ? `${s.article.id}@${s.article.line}: ${s.article.title ?? ''} | ${s.article.text} | ${s.article.credits.join('; ')}` : `${s.error.rule}@${s.error.line}${s.error.fatal ? '' : ' (kept)'}: ${s.error.message}`);
  }
  return out;
}

const FORWARD = [
  'From: news@example.com',
  'Subject: Digest',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Japan approves record defence budget',
  '',
  'TOKYO (Reuters) - Japan=E2=80=99s cabinet approved a record defence budget on Frida=',
  'y, Prime Minister Sanae Takaichi said. The Ministr=  ',
  'y of Defense said so=3D in a statement.=20',
  '',
].join('\n');

describe('quoted-printable text (p126)', () => {
  it('decodes the text after its Content-Transfer-Encoding header: escapes as UTF-8 bytes, soft breaks joined; the header is a credit', async () => {
    // Before: "Frida" / "y" and "Ministr" / "y" cut (a person Frida, an organization Ministr), "Japan=E2=80=99s", and the
    // header the article's title.
    expect(await read('mail.txt', FORWARD)).toEqual([
      'mail.txt#1@1: Japan approves record defence budget | Japan approves record defence budget\n\nTOKYO (Reuters) - Japan’s cabinet approved a record defence budget on Friday, Prime Minister Sanae Takaichi said. The Ministry of Defense said so= in a statement.  | From: news@example.com; Subject: Digest; Content-Transfer-Encoding: quoted-printable',
    ]);
  });

  it('decodes a start that is unmistakably quoted-printable, with a kept row; a Han name written as escapes is read whole', async () => {
    const text = 'TAIPEI (Reuters) - President William Lai (=E8=B3=B4=E6=B8=85=E5=BE=B7) said on Friday that the gover=\nnment would raise defense spending to 3.5 percent of GDP by 2030, as the=\n People=E2=80=99s Liberation Army held drills around the island.\n';
    expect(await read('qp.txt', text)).toEqual([
      'encoding-guessed@1 (kept): qp.txt:1: no Content-Transfer-Encoding header, but every "=" of the start is an escape ("=E2") or ends its line: read as quoted-printable',
      'qp.txt#1@1:  | TAIPEI (Reuters) - President William Lai (賴清德) said on Friday that the government would raise defense spending to 3.5 percent of GDP by 2030, as the People’s Liberation Army held drills around the island. | ',
    ]);
  });

  it('leaves ordinary text with "=" signs as written, and stops decoding at a header that names another encoding', async () => {
    const plain = 'Growth = 5% in 2026, the ministry said at https://example.com/?a=1&b=2.\nThe formula E=mc2 was on the wall=\nof the lab. Tax rate =20 percent.\n';
    expect(looksQuotedPrintable(Buffer.from(plain))).toBe(false);
    // Only the first 8 KB count, however much of the file the first read gave.
    const start = 'Lai said the gover=\nnment would act=\n now=2E\n'.repeat(200);
    expect(looksQuotedPrintable(Buffer.from(`${start}a = b\n`))).toBe(true);
    expect(await read('plain.txt', plain)).toEqual([
      'plain.txt#1@1:  | Growth = 5% in 2026, the ministry said at https://example.com/?a=1&b=2.\nThe formula E=mc2 was on the wall=\nof the lab. Tax rate =20 percent. | ',
    ]);
    const parts = 'Content-Transfer-Encoding: quoted-printable\n\nLai said=\n so=2E\n\nContent-Transfer-Encoding: 7bit\n\nCho said a = b and y=\nz.\n';
    expect(await read('parts.txt', parts)).toEqual([
      'parts.txt#1@1:  | Lai said so.\n\nCho said a = b and y=\nz. | Content-Transfer-Encoding: quoted-printable; Content-Transfer-Encoding: 7bit',
    ]);
  });

  it('costs one pass: 16 times the text costs about 16 times as much', async () => {
    const unit = 'President William Lai (=E8=B3=B4=E6=B8=85=E5=BE=B7) said on Friday that the gover=\nnment would raise spending=\n';
    const time = async (n: number) => {
      const text = `Content-Transfer-Encoding: quoted-printable\n\n${unit.repeat(n)}end.\n`;
      let best = Infinity;
      for (let run = 0; run < 2; run++) {
        const started = performance.now();
        await read('cost.txt', text);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    await time(500);
    const [one, sixteen] = [await time(2000), await time(32_000)];
    expect(sixteen / one, `${one.toFixed(0)} ms and ${sixteen.toFixed(0)} ms`).toBeLessThan(40);
  }, 60_000);
});
