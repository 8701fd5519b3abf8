import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/index.js';
import { processArticle } from '../src/pipeline.js';
import { resolveResults } from '../src/stages/resolve.js';
import { decodedName, decodeReferences } from '../src/text/entities.js';
import { defaultResources } from './helpers.js';

describe('HTML character references', () => {
  it('decodes named and numeric references once, maps every index back, and leaves unknown ones as written', () => {
    const decoded = decodeReferences('AT&amp;T &#8217;s &#x1F600; &#0; &bogus; &amp;amp;');
    expect(decoded?.text).toBe('AT&T ’s 😀 \ufffd &bogus; &amp;');
    // "AT&T": A at 0, T at 1, "&" from "&amp;" at 2, T at 7; the emoji's two units both come from "&#x1F600;" at 18.
    expect([...decoded!.original.slice(0, 5)]).toEqual([0, 1, 2, 7, 8]);
    expect([...decoded!.original.slice(8, 10)]).toEqual([18, 18]);
    expect(decoded!.original[decoded!.text.length]).toBe(50);
    expect(decodeReferences('no references & no change')).toBeUndefined();
    expect(decodedName('Procter &amp; Gamble')).toBe('Procter & Gamble');
  });

  it('reads a text with references decoded: whole names, offsets and evidence into the text as given, one entity with the plain spelling', () => {
    const texts = [
      'AT&amp;T and Procter &amp; Gamble said. President William Lai&#8217;s office said &quot;no&quot; to new tariffs &amp; trade curbs. Taiwan&rsquo;s allies agreed. &#0; &bogus;',
      'AT&T shares rose.',
    ];
    const results = texts.map((text, i) => {
      const article: Article = { id: `a${i + 1}`, source: 't.jsonl', index: i + 1, text, credits: [], truncated: false, line: i + 1 };
      return processArticle(article, defaultResources());
    });
    const { entities } = resolveResults(results, defaultResources().gazetteer, defaultResources().lexicon);
    const text = [...texts[0]!];
    const mentions = results[0]!.mentions.map((m) => `${m.text}|${m.type}|${m.start}|${m.end}|${m.entityId}`);
    expect(mentions).toEqual([
      'AT&amp;T|organization|0|8|organization:at-t',
      'Procter &amp; Gamble|organization|13|33|organization:procter-gamble',
      'William Lai|person|50|61|person:william-lai',
      'Taiwan|place|131|137|place:taiwan',
    ]);
    for (const m of results[0]!.mentions) expect(text.slice(m.start, m.end).join('')).toBe(m.text);
    const evidence = results[0]!.topics.flatMap((t) => t.evidence);
    expect(evidence.map((e) => `${e.text}|${e.start}|${e.end}`)).toEqual(['tariffs|104|111', 'trade|118|123']);
    for (const e of evidence) expect(text.slice(e.start, e.end).join('')).toBe(e.text);
    expect(results[0]!.sentenceStarts).toEqual([0, 40, 131, 161]);
    expect(entities.find((e) => e.id === 'organization:at-t')).toMatchObject({ name: 'AT&T', aliases: [], mentionCount: 2 });
  });

  it('reads terminal colour codes as nothing: a coloured name is the name, its span stops where the name does (p63)', () => {
    const text = '\u001b[1mINFO\u001b[0m President \u001b[31mWilliam Lai\u001b[0m spoke.\nThe Kuomintang (\u001b[1mKMT\u001b[0m) said the \u001b]0;title\u0007Legislative Yuan\u001b[4m was not told.';
    const article: Article = { id: 'log', source: 'log.txt', index: 1, text, credits: [], truncated: false, line: 1 };
    const result = processArticle(article, defaultResources());
    const mentions = result.mentions.map((m) => `${m.text}|${m.type}|${m.start}|${m.end}`);
    expect(mentions).toEqual([
      'INFO|organization|4|8',
      'William Lai|person|28|39',
      'Kuomintang|organization|55|65',
      'KMT|organization|71|74',
      'Legislative Yuan|organization|99|115',
    ]);
    for (const m of result.mentions) expect([...text].slice(m.start, m.end).join('')).toBe(m.text);
    expect(decodedName('\u001b[31mWilliam Lai\u001b[0m')).toBe('William Lai');
  });
  it('reads HTML tags as nothing, a block\'s as a line break, written raw or as references; a name\'s span stops before its closing tag (p114)', () => {
    const texts = [
      '<p><strong>Keir Starmer</strong> said <a href="https://www.bbc.co.uk/news" title="BBC Politics">Rachel Reeves</a> would speak in London.</p>',
      '&lt;p&gt;&lt;strong&gt;Keir Starmer&lt;/strong&gt; said &lt;a href=&quot;https://example.com/x&quot;&gt;Rachel Reeves&lt;/a&gt; would speak.&lt;/p&gt;',
    ];
    const results = texts.map((text, i) => processArticle({ id: `h${i}`, source: 'cms.jsonl', index: i + 1, text, credits: [], truncated: false, line: i + 1 }, defaultResources()));
    // Before: "https://www.bbc.co.uk/news\" title=\"BBC Politics\">Rachel Reeves<" one entity (other), Rachel Reeves no person.
    expect(results.map((r) => r.mentions.map((m) => `${m.text}|${m.type}|${m.start}|${m.end}`))).toEqual([
      ['Keir Starmer|person|11|23', 'Rachel Reeves|person|96|109', 'London|place|129|135'],
      ['Keir Starmer|person|23|35', 'Rachel Reeves|person|104|117'],
    ]);
    results.forEach((r, i) => { for (const m of r.mentions) expect([...texts[i]!].slice(m.start, m.end).join('')).toBe(m.text); });
    // A block's tag parts its lines; "<" before no tag is text.
    expect(decodeReferences('<p>Lai met Cho.</p><p>Growth was <5% and x<y.</p>')?.text).toBe('\nLai met Cho.\n\nGrowth was <5% and x<y.\n');
    // A wire's ticker in angle brackets is no tag.
    expect(decodeReferences('BRENCO INC <BREN> DECLARES QTLY DIVIDEND')).toBeUndefined();
    // A script, a style sheet and a comment are read as nothing, whole; one with no end leaves the rest as text (p117).
    expect(decodeReferences('Lai<script>var p = "Donald Trump";</script> met<!-- Joe Biden --> Cho<style>/* Xi Jinping */</style>.<wbr>')?.text).toBe('Lai met Cho.');
    expect(decodeReferences('Lai met <!-- Cho said.')).toBeUndefined();
    const mixed = processArticle({ id: 'm', source: 'h.jsonl', index: 1, text: 'President Emmanuel Macron < spoke. Vice President Kamala Harris --> would visit.', credits: [], truncated: false, line: 1 }, defaultResources());
    // Before: "Emmanuel Macron <" and "Kamala Harris -->" the names.
    expect(mixed.mentions.map((m) => m.text)).toEqual(['Emmanuel Macron', 'Kamala Harris']);
  });

  it('decodes a soft hyphen, direction marks and joiners, and a surrogate pair written as two references; NUL and a lone half are U+FFFD (p126)', () => {
    expect(decodeReferences('Wil&shy;liam Lai&lrm; &rlm;&zwj;&zwnj; &#xD83D;&#xDE00; &#55296;&#56320; &#xD840; x &#xDC00; &#0; &#x110000; &#1;')?.text)
      .toBe('Wil\u00adliam Lai\u200e \u200f\u200d\u200c 😀 𐀀 \ufffd x \ufffd \ufffd \ufffd &#1;');
    // The pair's two units both come from its first reference, at 2; the unpaired half at 10 is one unit.
    const pair = decodeReferences('a &#xD83D;&#xDE00; &#xD83D; b')!;
    expect([...pair.original]).toEqual([0, 1, 2, 2, 18, 19, 27, 28, 29]);
    // Each reference reads as the character it names: the same entities as the text written with the characters.
    const lines = [
      ['President Wil&shy;liam Lai met officials in Taipei on Monday.', 'President Wil\u00adliam Lai met officials in Taipei on Monday.'],
      ['President William Lai&lrm; met officials in Taipei on Monday.', 'President William Lai\u200e met officials in Taipei on Monday.'],
      ['President &#xD83D;&#xDE00; William Lai met officials in Taipei on Monday.', 'President 😀 William Lai met officials in Taipei on Monday.'],
      ['President William&#0;Lai met officials in Taipei on Monday.', 'President William\ufffdLai met officials in Taipei on Monday.'],
    ];
    const spans = (text: string) => {
      const result = processArticle({ id: 'r', source: 'r.jsonl', index: 1, text, credits: [], truncated: false, line: 1 }, defaultResources());
      for (const m of result.mentions) expect([...text].slice(m.start, m.end).join('')).toBe(m.text);
      return result.mentions.map((m) => `${m.text}|${m.type}|${m.start}|${m.end}`);
    };
    // Before: "Wil" and "Lai"; "William Lai&lrm"; "xD83D" and "xDE00"; "William&".
    expect(lines.map(([written]) => spans(written!))).toEqual([
      ['Wil&shy;liam Lai|person|10|26', 'Taipei|place|44|50'],
      ['William Lai|person|10|21', 'Taipei|place|44|50'],
      ['William Lai|person|27|38', 'Taipei|place|56|62'],
      ['William&#0;Lai|person|10|24', 'Taipei|place|42|48'],
    ]);
    const types = (text: string) => spans(text).map((s) => s.split('|')[1]);
    for (const [written, plain] of lines) expect(types(written!)).toEqual(types(plain!));
  });

  it('pairs surrogate references in one pass: 16 times a run of unpaired halves costs about 16 times as much', () => {
    const time = (n: number) => {
      const text = '&#xD83D;'.repeat(n);
      let best = Infinity;
      // (Best of seven: one run of the small text takes a few milliseconds, which a busy machine can double.)
      for (let run = 0; run < 7; run++) {
        const started = performance.now();
        decodeReferences(text);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(10_000);
    const [one, sixteen] = [time(25_000), time(400_000)];
    expect(sixteen / one, `${one.toFixed(1)} ms and ${sixteen.toFixed(1)} ms`).toBeLessThan(40);
  });
});
