import { describe, expect, it } from 'vitest';
import { defaultSegmentOptions, isTruncated, segmentText, splitDeck } from '../src/stages/segment.js';
import { creditDate } from '../src/stages/segment-draft.js';
import { MAX_BLOCK_LINES } from '../src/stages/unwrap.js';
import { defaultResources, seedArticles, seedText } from './helpers.js';

describe('segment', () => {
  const articles = seedArticles();

  it('splits the seed into five articles with their kickers', () => {
    expect(articles.map((a) => a.id)).toEqual([1, 2, 3, 4, 5].map((i) => `news-sample.txt#${i}`));
    expect(articles.map((a) => a.kicker)).toEqual([undefined, 'INVESTIGATION', 'NEGOTIATIONS', 'TRADE', 'PERSONAL DATA']);
    expect(articles.map((a) => a.line)).toEqual([1, 18, 19, 20, 21]);
  });

  it('moves the photo credit out of the body', () => {
    expect(articles[0]!.credits).toEqual(['Photo: AFP']);
    expect(articles[0]!.text).not.toContain('Photo: AFP');
    expect(articles[0]!.text.startsWith('US President Donald Trump on Friday urged')).toBe(true);
    expect(articles[0]!.text.endsWith('the battlefield situation was largely unchanged.')).toBe(true);
  });

  it('marks the four cut-off articles truncated and the first not', () => {
    expect(articles.map((a) => a.truncated)).toEqual([false, true, true, true, true]);
  });

  it('splits the deck that runs into the body on a kicker line where the body opens a sentence of its own', () => {
    // The third's "the president said Taiwan is included …" reads as one sentence: no reliable split.
    expect(articles.map((a) => a.deck)).toEqual([
      undefined,
      'The case is the latest instance of a DPP figure being implicated in an espionage network accused of allegedly leaking information to Chinese intelligence',
      undefined,
      'The premier pledged safeguards on ‘Made in Taiwan’ labeling, anti-dumping measures and stricter export controls to strengthen its position in trade talks',
      'The implicated KMT members allegedly compiled their petitions by copying names from party lists without the consent of the people concerned',
    ]);
    expect(articles[1]!.text.startsWith('Democratic Progressive Party (DPP) member Ho Jen-chieh (何仁傑) was detained')).toBe(true);
    expect(articles[2]!.text.startsWith('The US response to the countermeasures and plans Taiwan presented has been positive, including boosting procurement and investment, the president said Taiwan is included in the first group')).toBe(true);
    expect(articles[3]!.text.startsWith('Products labeled “made in Taiwan”')).toBe(true);
    expect(articles[4]!.text.startsWith('Judicial authorities searched six locations')).toBe(true);
  });

  it('loses no character: body, kicker, deck and credits hold every non-space character but the kicker colons', () => {
    const nonSpace = (s: string) => s.replace(/\s/gu, '');
    const kept = articles.map((a) => (a.kicker ?? '') + (a.deck ?? '') + a.credits.join('') + a.text).join('');
    const colons = articles.filter((a) => a.kicker).length;
    expect(nonSpace(kept).length).toBe(nonSpace(seedText).length - colons);
    expect([...nonSpace(kept)].sort().join('')).toBe([...nonSpace(seedText.replace(/^(\p{Lu}[\p{Lu} ]*):/gmu, '$1'))].sort().join(''));
  });

  it('does not split a short or punctuated first sentence', () => {
    expect(splitDeck('Prosecutors yesterday questioned former minister Joseph Wu about the leak.')).toBeUndefined();
  });

  it('does not split a long lead sentence at a name after a lowercase word (p78, p79: the cut had hidden the lead\'s names)', () => {
    expect(splitDeck("Nvidia Corp's market value briefly topped $5 trillion on Wednesday after the chipmaker said it had won orders from Microsoft Corp and Oracle Corp for its next-generation Rubin processors, extending a rally that has made it the world's most valuable company.")).toBeUndefined();
    expect(splitDeck('Bruno Fernandes scored twice as Manchester United came from behind to beat Tottenham Hotspur 3-2 at Old Trafford on Sunday, lifting the side into the top four for the first time this season.')).toBeUndefined();
    expect(splitDeck('Thai Prime Minister Anutin Charnvirakul on Thursday said Thailand would not reopen its border with Cambodia until Phnom Penh removed landmines along the disputed frontier and compensated the families of soldiers.')).toBeUndefined();
    expect(splitDeck('Kenyan writer Wanjiru Mbugua has won the International Booker prize for her novel The Salt Road, a multigenerational saga of a family of salt traders on the coast of the Indian Ocean.')).toBeUndefined();
    // Nor a region's adjective, nor a name the sentence before takes as its object (p89).
    expect(splitDeck('Landslides set off by days of heavy rain in northern Thailand have killed at least 23 people and left nine missing, with rivers in the old city of Chiang Mai at their highest in three decades, officials said on Friday.')).toBeUndefined();
    expect(splitDeck('Prosecutors have charged 31 people accused of running a scam ring that posed as crypto advisers on the messaging app Telegram and cheated more than 900 investors out of NT$1.1 billion, the Investigation Bureau said yesterday.')).toBeUndefined();
    // A name's particle ends no deck (p84: the deck had ended at "bin", and the lead's names had gone with it).
    expect(splitDeck('Oman\'s Deputy Prime Minister and Foreign Minister Sayyid Badr bin Hamad bin Hamood Al Busaidi said on Sunday that talks between the two sides had reached a turning point after weeks of quiet mediation in Muscat and Rome.')).toBeUndefined();
  });

  it('leaves a long lead whole where a name follows a preposition\'s noun and a verb follows the name (p102)', () => {
    // Before: the deck ran to "for broadcaster" and the lead's names were never read.
    expect(splitDeck('The far-right Alternative for Germany (Alternative für Deutschland, AfD) has taken a 14-point lead in Saxony-Anhalt ahead of September\'s state election, a poll by the Infratest dimap institute for broadcaster ARD showed on Thursday, raising the prospect of the party\'s first state government.')).toBeUndefined();
  });

  it('splits a deck whose body opens with a word capitalized only at a sentence\'s start', () => {
    expect(splitDeck('Lawmakers across party lines questioned whether the budget cuts would leave the coast guard short of ships and crews The ministry said yesterday that it would ask for a special budget next year.')).toEqual({
      deck: 'Lawmakers across party lines questioned whether the budget cuts would leave the coast guard short of ships and crews',
      body: 'The ministry said yesterday that it would ask for a special budget next year.',
    });
  });

  it('ends a sentence at a full-width stop: a bilingual story\'s Chinese paragraph stays its own, and is not truncated (p86)', () => {
    const text = 'POLITICS: President William Lai met US senators in Taipei on Monday.\n\n賴清德總統週一在台北會見美國參議員。\n\nTRADE: Exports rose 12% in November.\n\n出口成長百分之十二！\n\nENERGY: Prices rose, the company said.\n\n他說：「我們會調漲。」\n';
    const articles = segmentText(text, 'zh.txt').flatMap((s) => ('article' in s ? [s.article] : []));
    expect(articles.map((a) => [a.kicker, a.title ?? null, a.text, a.truncated])).toEqual([
      ['POLITICS', null, 'President William Lai met US senators in Taipei on Monday.\n\n賴清德總統週一在台北會見美國參議員。', false],
      ['TRADE', null, 'Exports rose 12% in November.\n\n出口成長百分之十二！', false],
      ['ENERGY', null, 'Prices rose, the company said.\n\n他說：「我們會調漲。」', false],
    ]);
  });

  it('sets picture credits, teasers and the wires\' notes apart between paragraphs, and keeps the story whole and finished (p86)', () => {
    const furniture = ['(Getty Images)', '[Photo/Xinhua]', '(Photo courtesy of the Ministry of National Defense)', 'Chart: Bloomberg', 'Also Read | Lai meets Cho in Taipei',
      'READ: LAI MEETS CHO IN TAIPEI', '[Related] Lai meets Cho', '→ Read more: Lai meets Cho', "Don't miss: Lai meets Cho", '- Advertisement -', 'Continue reading below', 'CORRECTS paragraph 3 to say Patriot, not NASAMS'];
    const text = ['Taiwan opens new air defence base', '', 'By Jane Smith', '', 'TAIPEI — Taiwan opened a new air defence base on Friday, the defence ministry said.', '',
      ...furniture.flatMap((line) => [line, '']), 'Defence Minister Wellington Koo said the base would host Patriot missile batteries.'].join('\n');
    const articles = segmentText(text, 'a.txt').flatMap((s) => ('article' in s ? [s.article] : []));
    expect(articles.map((a) => [a.credits, a.truncated])).toEqual([[['By Jane Smith', ...furniture], false]]);
    expect(articles[0]!.text).toBe('Taiwan opens new air defence base\n\nTAIPEI — Taiwan opened a new air defence base on Friday, the defence ministry said.\n\nDefence Minister Wellington Koo said the base would host Patriot missile batteries.');
  });

  it('starts a wire story at its headline with a version mark, its note on what changed a credit (p86)', () => {
    const text = 'UPDATE 2-Taiwan central bank holds rates steady\n\n(Adds comments from governor in paragraphs 4-6)\n\nTAIPEI, Dec 18 (Reuters) - Taiwan\'s central bank kept its benchmark interest rate unchanged on Thursday, as expected.\n\nGovernor Yang Chin-long told reporters the economy remained strong.\n\n(Reporting by Faith Hung; Editing by Kim Coghill)\n\nCORRECTED-Japan\'s Takaichi says will not visit Yasukuni\n\n(Corrects spelling of name in paragraph 2)\n\nTOKYO, Dec 18 (Reuters) - Japanese Prime Minister Sanae Takaichi said on Thursday she would not visit the Yasukuni shrine this year.\n\nShe made the remarks at a news conference in Tokyo.\n';
    const articles = segmentText(text, 'wire.txt').flatMap((s) => ('article' in s ? [s.article] : []));
    expect(articles.map((a) => [a.title, a.credits, a.truncated])).toEqual([
      ['UPDATE 2-Taiwan central bank holds rates steady', ['(Adds comments from governor in paragraphs 4-6)', '(Reporting by Faith Hung; Editing by Kim Coghill)'], false],
      ["CORRECTED-Japan's Takaichi says will not visit Yasukuni", ['(Corrects spelling of name in paragraph 2)'], false],
    ]);
  });

  it('reads a web page\'s byline among its place and date, parted by bars, as its header, and starts its story there (p88)', () => {
    const text = 'TSMC sales jump on AI demand\n\nTAIPEI, Dec 2 (Reuters) - TSMC said on Tuesday its sales rose 30 percent in November.\n\n(Reporting by Yimou Chen; Editing by Sam Holmes)\n\n' +
      'SoftBank and MUFG launch $30bn fund to build AI data centres in Japan\n\nTokyo | December 2, 2025 | By Reiko Tanabe\n\nSoftBank Group and MUFG said on Tuesday they would launch a fund to build data centres.\n\n' +
      'Philippine senators probe flood projects\n\nMANILA, Philippines — December 2, 2025 | By Paolo Reyes\n\nSenators on Tuesday opened a hearing into flood control projects worth billions of pesos.\n';
    const articles = segmentText(text, 'bar.txt').flatMap((s) => ('article' in s ? [s.article] : []));
    expect(articles.map((a) => [a.title, a.credits])).toEqual([
      ['TSMC sales jump on AI demand', ['(Reporting by Yimou Chen; Editing by Sam Holmes)']],
      ['SoftBank and MUFG launch $30bn fund to build AI data centres in Japan', ['Tokyo | December 2, 2025 | By Reiko Tanabe']],
      ['Philippine senators probe flood projects', ['MANILA, Philippines — December 2, 2025 | By Paolo Reyes']],
    ]);
  });

  it('gives a chat\'s forwarded posts their forward lines and handles as credits, and credits over the first kicker to its article (p86)', () => {
    const text = 'Forwarded from Taiwan News Channel\n🇹🇼 TAIWAN: President William Lai met US senators in Taipei on Monday.\n\nThe senators pledged support, Lai\'s office said.\n\n@taiwannewschannel\n\n' +
      'Forwarded from Japan Today\n🇯🇵 JAPAN: Prime Minister Sanae Takaichi said on Monday Tokyo would raise defence spending.\n\n@japantoday\n';
    const segments = segmentText(text, 'tg.txt');
    expect(segments.map((s) => ('article' in s ? [s.article.kicker, s.article.credits, s.article.truncated] : s.error.rule))).toEqual([
      ['TAIWAN', ['Forwarded from Taiwan News Channel', '@taiwannewschannel'], false],
      ['JAPAN', ['Forwarded from Japan Today', '@japantoday'], false],
    ]);
    // A byline over the first kicker is that article's, not an article of its own (an `empty-article` row before).
    expect(segmentText('By Jane Doe\nTAIWAN: President Lai met senators on Monday.', 'b.txt').map((s) => ('article' in s ? [s.article.kicker, s.article.credits] : s.error.rule)))
      .toEqual([['TAIWAN', ['By Jane Doe']]]);
  });

  it('accepts CRLF and CR line ends and reports a kicker with no text', () => {
    const segments = segmentText('First story ends here.\r\nUPDATE: \r\nSECOND: Another story.\rMore text', 'x.txt');
    expect(segments.map((s) => ('article' in s ? s.article.id : `error:${s.error.rule}:${s.error.line}`)))
      .toEqual(['x.txt#1', 'error:empty-article:2', 'x.txt#3']);
    const third = segments[2]!;
    expect('article' in third && third.article.text).toBe('Another story.\nMore text');
  });

  it('reads U+2028, U+2029 and NEL as line ends, and a kicker after an invisible mark or with a full-width colon', () => {
    const stories = ['POLITICS: Lai met Cho in Taipei.', 'TRADE: Greer said tariffs would rise.', 'WORLD: Merz visited Paris.'];
    const kickers = (text: string) => segmentText(text, 'k.txt').map((s) => ('article' in s ? `${s.article.kicker}|${s.article.text}|${s.article.line}` : s.error.rule));
    const expected = ['POLITICS|Lai met Cho in Taipei.|1', 'TRADE|Greer said tariffs would rise.|1', 'WORLD|Merz visited Paris.|1'];
    // (And a vertical tab, Word's Shift+Enter; p120: the stories had merged.)
    for (const separator of ['\u2028', '\u2029', '\u0085', '\u000b']) expect(kickers(stories.join(separator))).toEqual(expected);
    for (const mark of ['\u200B', '\u200E', '\u2060', '\u00AD']) expect(kickers(stories.map((s) => mark + s).join('\n')).map((k) => k.slice(0, -2))).toEqual(expected.map((k) => k.slice(0, -2)));
    expect(kickers(stories.map((s) => s.replace(': ', '：')).join('\n')).map((k) => k.split('|')[0])).toEqual(['POLITICS', 'TRADE', 'WORLD']);
    expect(kickers('NOTE:no space is no kicker.')).toEqual(['undefined|NOTE:no space is no kicker.|1']);
  });

  it('starts no article at a paragraph that opens with a hyphenated compound of a place', () => {
    const text = 'Trade talks resume\n\nTaiwan and the US resumed talks yesterday.\n\nTaiwan-US trade rose 20 percent last year.\n\nJapan-Taiwan Exchange Association Chief Representative Kazuyuki Katayama said so.\n\nKinmen-Xiamen ferry services were suspended.';
    expect(segmentText(text, 'h.txt', defaultResources().segment).map((s) => ('article' in s ? s.article.id : s.error.rule))).toEqual(['h.txt#1']);
    // A dash with a space beside it still opens one.
    const wire = 'First story ends here.\n\nWASHINGTON (AP) - Second story starts here.';
    expect(segmentText(wire, 'w.txt', defaultResources().segment).map((s) => ('article' in s ? s.article.id : s.error.rule))).toEqual(['w.txt#1', 'w.txt#2']);
  });

  it('keeps a credit in capitals and an interview\'s Q: and A: in their story instead of starting one', () => {
    const story = (line: string) => `Coast guard ships leave Kinmen waters\n\nBy Jane Doe\n\nThe council said four vessels left at noon.\n\n${line}\n\nOfficials in Taipei said they would keep watch.`;
    const shown = (text: string) => segmentText(text, 'c.txt', defaultResources().segment).map((s) => ('article' in s ? `${s.article.kicker ?? ''}|${s.article.credits.join('/')}|${s.article.text.split('\n').filter(Boolean).length}` : s.error.rule));
    expect(shown(story('CORRECTION: An earlier version of this story misstated the cost.'))).toEqual(['|By Jane Doe/CORRECTION: An earlier version of this story misstated the cost.|3']);
    expect(shown(story('READ MORE: Taiwan drone makers eye European market'))).toEqual(['|By Jane Doe/READ MORE: Taiwan drone makers eye European market|3']);
    expect(shown(story('SOURCE: Al Jazeera and news agencies'))).toEqual(['|By Jane Doe/SOURCE: Al Jazeera and news agencies|3']);
    expect(shown(story('Q: Why build the headquarters in Beitou?\n\nA: We needed space for 3,000 engineers.'))).toEqual(['|By Jane Doe|5']);
    // A kicker of its own still starts the next story.
    expect(shown(story('TRADE: US Trade Representative Jamieson Greer said tariffs would rise.'))).toEqual(['|By Jane Doe|2', 'TRADE||2']);
  });

  it('starts an article at a headline over an agency line, a staff writer\'s line or a byline in capitals, as over "By …"', () => {
    const first = 'First story about boats\n\nBy Jane Doe\n\nThe council said the vessels left at noon after warnings from patrol boats.\n\nOfficials said they would keep monitoring the area closely.';
    const second = (byline: string) => `${first}\n\nChina holds drills near Kinmen for second day\n\n${byline}\n\nTaiwan Semiconductor Manufacturing Co raised its spending forecast yesterday, citing strong orders.`;
    const shown = (text: string) => segmentText(text, 'b.txt', defaultResources().segment).map((s) => ('article' in s ? `${s.article.title}|${s.article.credits.join('/')}` : s.error.rule));
    for (const byline of ['Staff writer, with CNA', 'Reuters, HSINCHU', 'Written by John Roe', 'BY JOHN ROE', 'John Roe, Reuters', 'John Roe | Reuters', 'John Roe / Staff reporter', "From CNN's John Roe", 'Nikkei staff writers']) {
      expect(shown(second(byline))).toEqual(['First story about boats|By Jane Doe', `China holds drills near Kinmen for second day|${byline}`]);
    }
  });

  it('keeps a dateline under a headline and its standfirst in that story', () => {
    const shown = (text: string) => segmentText(text, 's.txt', defaultResources().segment).map((s) => ('article' in s ? `${s.article.title}|${s.article.credits.join('/')}|${s.article.text.split('\n').length}` : s.error.rule));
    // Before: the dateline started a second article with no title.
    expect(shown('EU readies retaliation over tariffs\n\nBrussels says the move breaches the deal. Paris wants a tougher line.\nBy Anna Keller\nBRUSSELS — The European Commission is preparing countermeasures, officials said on Thursday.\nThe list will be published next month.'))
      .toEqual(['EU readies retaliation over tariffs|By Anna Keller|5']);
    expect(shown('EU readies retaliation over tariffs\n\nBrussels says the move breaches the deal.\nBRUSSELS — The European Commission is preparing countermeasures.')).toEqual(['EU readies retaliation over tariffs||4']);
  });

  it('takes a kicker in capitals a blank line above its headline as the next story\'s kicker, not the end of the story before', () => {
    const text = 'First story about boats\n\nBy Jane Doe\n\nThe council said the vessels left at noon.\n\nCROSS-STRAIT\n\nChina holds drills near Kinmen for second day\n\nBy John Roe\n\nShares rose 2.1 percent in Taipei trading.';
    const shown = segmentText(text, 'k.txt', defaultResources().segment).map((s) => ('article' in s ? `${s.article.kicker ?? ''}|${s.article.title}|${s.article.truncated}|${s.article.text.split('\n').at(-1)}` : s.error.rule));
    // Before: the first story ended on "CROSS-STRAIT", truncated, and the second had no kicker.
    expect(shown).toEqual(['|First story about boats|false|The council said the vessels left at noon.', 'CROSS-STRAIT|China holds drills near Kinmen for second day|false|Shares rose 2.1 percent in Taipei trading.']);
    // A capitals line that is no kicker stays text, with its blank line.
    expect(segmentText('Trade talks resume\n\nThe talks resumed.\n\nNOTE\n\nthe vote was close.', 'n.txt', defaultResources().segment).map((s) => 'article' in s && s.article.text)).toEqual(['Trade talks resume\n\nThe talks resumed.\n\nNOTE\n\nthe vote was close.']);
  });

  it('reads more outlets\' bylines and sign-offs as credits', () => {
    const story = (header: string, footer: string) => `Chip tariffs bite\n${header}\n\nSuppliers said the tariffs would hurt, officials said.\n${footer}`;
    const shown = (text: string) => segmentText(text, 'o.txt', defaultResources().segment).map((s) => ('article' in s ? `${s.article.credits.join('/')}|${s.article.text.split('\n').length}|${s.article.truncated}` : s.error.rule));
    expect(shown(story('CHENG TING-FANG and LAULY LI, Nikkei staff writers', 'zc/rc (AFP, Reuters, dpa)'))).toEqual(['CHENG TING-FANG and LAULY LI, Nikkei staff writers/zc/rc (AFP, Reuters, dpa)|3|false']);
    expect(shown(story('By Hsu Chia-yu (許家瑜) / The Reporter', '--With assistance from Aisha Counts-Delgado.'))).toEqual(['By Hsu Chia-yu (許家瑜) / The Reporter/--With assistance from Aisha Counts-Delgado.|3|false']);
    expect(shown(story('By Jane Doe | Edited by John Roe', 'The list is due next month.'))).toEqual(['By Jane Doe | Edited by John Roe|4|false']);
  });

  it('credits a writer signed with the city they write from in an article\'s header', () => {
    const text = 'Taiwan opposition pushes nuclear referendum\nLawrence Chung in Taipei\nPublished: 8:30pm, 14 Nov 2026\nThe Kuomintang has collected enough signatures for a referendum, the commission said on Friday.';
    const shown = segmentText(text, 'g.txt', defaultResources().segment).map((s) => ('article' in s ? `${s.article.title}|${s.article.credits.join('/')}|${s.article.text.split('\n').length}` : s.error.rule));
    // Before: no title, and the writer and Taipei were mentions of the text.
    expect(shown).toEqual(['Taiwan opposition pushes nuclear referendum|Lawrence Chung in Taipei/Published: 8:30pm, 14 Nov 2026|2']);
  });

  it('starts an article at a kicker line whose body follows on the next lines', () => {
    const segments = segmentText('ANALYSIS:\nThe body starts here.', 'z.txt');
    expect(segments).toEqual([{ article: expect.objectContaining({ kicker: 'ANALYSIS', text: 'The body starts here.', line: 1 }) }]);
  });

  it('turns a kicker line without a body into an empty-article error', () => {
    const segments = segmentText('FIRST: Story one.\nEMPTY:  \nTHIRD: Story three.', 'y.txt');
    expect(segments.map((s) => ('article' in s ? s.article.kicker : s.error.rule))).toEqual(['FIRST', 'empty-article', 'THIRD']);
  });

  it('reports input with no text', () => {
    const segments = segmentText(' \n\t\n', 'blank.txt');
    expect(segments).toEqual([{ error: { file: 'blank.txt', stage: 'segment', rule: 'empty-input', fatal: true, message: 'blank.txt: no text to segment (the input is empty or only whitespace)' } }]);
    // Invisible marks only (a zero-width space, a word joiner, a soft hyphen) are no text either (p54: one had made an article).
    expect(segmentText('\u200B\n\u2060\u00AD \n', 'marks.txt').map((s) => ('error' in s ? s.error.rule : s.article.text))).toEqual(['empty-input']);
    expect(segmentText('First story.\n\u200B\nMore text.', 'p.txt').map((s) => ('article' in s ? s.article.text : s.error.rule))).toEqual(['First story.\n\nMore text.']);
  });

  it('knows mid-sentence endings from finished ones', () => {
    expect(isTruncated('He said it was “very good and productive.”')).toBe(false);
    // Arabic, Urdu and Hindi end their sentences with their own marks (p106: such stories had been cut).
    expect(['هل سيعود؟', 'وزیراعظم نے کہا۔', 'प्रधानमंत्री ने कहा।', 'उन्होंने कहा॥'].map((t) => isTruncated(t))).toEqual([false, false, false, false]);
    expect(isTruncated('He has maintained a 10 percent')).toBe(true);
    // A feed's body ends in its closing tags (p98: marked truncated); an unfinished one still is.
    expect(isTruncated('<div><p>Lai spoke on Monday.</p></div>')).toBe(false);
    expect(isTruncated('<p>Lai said the budget would</p>\n')).toBe(true);
    expect(isTruncated('to enforce strict safeguards against “origin laundering”')).toBe(true);
    // A preview's or a feed's ellipsis is a cut; a list's last item is finished.
    for (const end of ['a digital asset hub…', 'a digital asset hub...', 'a digital asset hub [...]', 'a digital asset hub […]']) expect(isTruncated(`Chan said the city remained ${end}`)).toBe(true);
    expect(isTruncated('Key points:\n• Joint patrols to start in 2027\n• Japan to supply five more vessels')).toBe(false);
    expect(isTruncated('Key points:\n- Joint patrols to start in 2027\n- Japan to supply five more vessels')).toBe(false);
  });

  it('splits a pasted web page at lone kickers, with the headline as title (and still the first line) and bylines as credits', () => {
    const text = [
      'CROSS-STRAIT', 'China sanctions Japanese lawmaker', 'By Lin Chia-nan / Staff reporter', '',
      'China yesterday imposed sanctions, the ministry said.', '', 'RELATED NEWS IS BELOW', 'By Friday, the deal was done.',
      'Additional reporting by CNA', '', '', 'TECHNOLOGY', 'Nvidia to invest US$5bn in Intel', 'Reuters, SAN FRANCISCO', '',
      'Nvidia Corp said it would invest US$5 billion in Intel Corp.',
    ].join('\n');
    const segments = segmentText(text, 'paste.txt').map((s) => ('article' in s ? s.article : s.error));
    expect(segments).toEqual([
      {
        id: 'paste.txt#1', source: 'paste.txt', index: 1, line: 1, kicker: 'CROSS-STRAIT', title: 'China sanctions Japanese lawmaker',
        text: 'China sanctions Japanese lawmaker\n\nChina yesterday imposed sanctions, the ministry said.\n\nRELATED NEWS IS BELOW\nBy Friday, the deal was done.',
        credits: ['By Lin Chia-nan / Staff reporter', 'Additional reporting by CNA'], truncated: false,
      },
      {
        id: 'paste.txt#2', source: 'paste.txt', index: 2, line: 12, kicker: 'TECHNOLOGY', title: 'Nvidia to invest US$5bn in Intel',
        text: 'Nvidia to invest US$5bn in Intel\n\nNvidia Corp said it would invest US$5 billion in Intel Corp.', credits: ['Reuters, SAN FRANCISCO'], truncated: false,
      },
    ]);
  });

  it('takes a headline before its byline as the title (keeping it in the text), and a parenthesized byline and an end mark as credits', () => {
    const text = ['Taiwan to buy more U.S. LNG: Economic minister', 'By Chang Chien-chung and Ko Lin', '',
      'Taipei, Dec. 4 (CNA) Taiwan will buy more LNG, the minister said.', '(By Chang Chien-chung and Ko Lin)', 'Enditem/ASG'].join('\n');
    const [segment] = segmentText(text, 'cna.txt');
    expect(segment).toEqual({
      article: {
        id: 'cna.txt#1', source: 'cna.txt', index: 1, line: 1, title: 'Taiwan to buy more U.S. LNG: Economic minister',
        text: 'Taiwan to buy more U.S. LNG: Economic minister\n\nTaipei, Dec. 4 (CNA) Taiwan will buy more LNG, the minister said.',
        credits: ['By Chang Chien-chung and Ko Lin', '(By Chang Chien-chung and Ko Lin)', 'Enditem/ASG'], truncated: false,
      },
    });
  });

  it('keeps a sentence that opens like a reporting credit, takes AFP\'s closing slug as a credit, and reads Kyodo\'s bare dateline', () => {
    const text = ['Strikes kill 27 in Gaza', '', 'GAZA CITY (AFP) - Strikes killed 27 people on Sunday.',
      'Reporting from Gaza City, Al Jazeera\'s Hani Mahmoud said families were burying their dead.', 'bur-xyz/ab/jm'].join('\n');
    const [segment] = segmentText(text, 'g.txt');
    // Before: the sentence was a credit (its text and names lost), and the slug kept the article "truncated".
    expect(segment).toMatchObject({ article: {
      text: 'Strikes kill 27 in Gaza\n\nGAZA CITY (AFP) - Strikes killed 27 people on Sunday.\nReporting from Gaza City, Al Jazeera\'s Hani Mahmoud said families were burying their dead.',
      credits: ['bur-xyz/ab/jm'], truncated: false,
    } });
    const rti = segmentText('Typhoon nears Taiwan\n\nTAIPEI (RTI) - The storm strengthened.\nReported by Ke Shu-ling for Radio Taiwan International', 'r.txt');
    // Before: RTI's sign-off was body text (a person and a cut organization), and the article "truncated".
    expect(rti.map((s) => ('article' in s ? [s.article.credits, s.article.truncated] : s.error.rule))).toEqual([[['Reported by Ke Shu-ling for Radio Taiwan International'], false]]);
    const kyodo = segmentText('Mitoma on target as Brighton win\n\nTOKYO, Dec. 6 Kyodo - Japan forward Kaoru Mitoma scored.', 'k.txt');
    expect(kyodo.map((s) => ('article' in s ? s.article.title : s.error.rule))).toEqual(['Mitoma on target as Brighton win']);
  });

  it('takes a site\'s sign-off after the last sentence as a credit, and ends an obituary whole on its facts', () => {
    const texts = [
      'Senate convicts Duterte\n\nMANILA - The Senate voted on Monday.\nSurveys by Social Weather Stations (SWS) showed support. – with reports from Jairo Bolledo/Rappler.com',
      'Senate votes\n\nThe Senate voted on Monday.\n– Rappler.com',
      'Singer dies at 81\n\nTomás de Almeida Reis, who has died aged 81, was a fado singer.\nTomás de Almeida Reis, singer and novelist, born 3 March 1945; died 12 December 2026',
    ];
    // Before: the sign-offs were body text (a person, an organization) and all three articles "truncated".
    expect(texts.map((t) => segmentText(t, 'r.txt').map((s) => ('article' in s ? [s.article.text.slice(-22), s.article.credits, s.article.truncated] : s.error.rule))[0])).toEqual([
      [' (SWS) showed support.', ['with reports from Jairo Bolledo/Rappler.com'], false],
      ['enate voted on Monday.', ['– Rappler.com'], false],
      [' died 12 December 2026', [], false],
    ]);
  });

  it('moves agency reporting credits at the end to credits', () => {
    const text = ['TAIPEI (Reuters) - Taiwan said it would buy more gas.', '(Reporting by Ben Blanchard; Editing by Christian Schmollinger)',
      'Associated Press writer Jane Doe in Washington contributed to this report.'].join('\n');
    const [segment] = segmentText(text, 'r.txt');
    expect(segment).toMatchObject({ article: { text: 'TAIPEI (Reuters) - Taiwan said it would buy more gas.', credits: [
      '(Reporting by Ben Blanchard; Editing by Christian Schmollinger)', 'Associated Press writer Jane Doe in Washington contributed to this report.',
    ] } });
  });

  it('keeps a place before a colon as the dateline of its article, after its headline or starting the next one, and gives a headline before a kicker to it', () => {
    const options = { ...defaultSegmentOptions, isPlace: (name: string) => name === 'SINGAPORE' };
    const text = ['Premier pledges safeguards', '', 'TRADE: The premier pledged safeguards on labeling.', 'PM Wong unveils measures to help seniors', '',
      'SINGAPORE: Prime Minister Lawrence Wong spoke on Sunday.', 'He said more.', 'SINGAPORE: The haze returned.'].join('\n');
    const articles = segmentText(text, 'cna.txt', options).map((s) => ('article' in s ? s.article : s.error));
    expect(articles).toEqual([
      { id: 'cna.txt#1', source: 'cna.txt', index: 1, line: 1, kicker: 'TRADE', title: 'Premier pledges safeguards', truncated: false, credits: [],
        text: 'Premier pledges safeguards\nThe premier pledged safeguards on labeling.' },
      { id: 'cna.txt#2', source: 'cna.txt', index: 2, line: 4, title: 'PM Wong unveils measures to help seniors', truncated: false, credits: [],
        text: 'PM Wong unveils measures to help seniors\nSINGAPORE: Prime Minister Lawrence Wong spoke on Sunday.\nHe said more.' },
      { id: 'cna.txt#3', source: 'cna.txt', index: 3, line: 8, truncated: false, credits: [], text: 'SINGAPORE: The haze returned.' },
    ]);
    expect([defaultResources().segment.isPlace!('SINGAPORE'), defaultResources().segment.isPlace!('TRADE')]).toEqual([true, false]);
  });

  it('reads a country before a colon as a desk\'s kicker, not a dateline, unless the country is its own city (p78, p79)', () => {
    const isPlace = defaultResources().segment.isPlace!;
    expect(['JAPAN', 'N. KOREA', 'UK', 'MEXICO', 'HONG KONG', 'SINGAPORE', 'KUWAIT', 'NEW DELHI', 'TAIPEI'].map(isPlace)).toEqual([false, false, false, false, true, true, true, true, true]);
    const text = 'JAPAN: Japanese Prime Minister Sanae Takaichi said on Friday that Tokyo would raise defense spending.\nHONG KONG: A Hong Kong court on Monday convicted Jimmy Lai.';
    const articles = segmentText(text, 'desk.txt', defaultResources().segment).map((s) => ('article' in s ? [s.article.kicker, s.article.text.slice(0, 12)] : s.error));
    expect(articles).toEqual([['JAPAN', 'Japanese Pri'], [undefined, 'HONG KONG: A']]);
  });

  it('reads an acronym the lexicon knows as a body before a colon as a kicker, not a town\'s dateline (p89: "NATO:", Nato in the Philippines)', () => {
    const isPlace = defaultResources().segment.isPlace!;
    expect(['NATO', 'EU', 'WHO', 'TAIPEI'].map(isPlace)).toEqual([false, false, false, true]);
    const text = 'ENERGY: Oil prices rose on Monday.\n\nNATO: NATO defence ministers agreed on Thursday to new air defence targets.';
    expect(segmentText(text, 'desk.txt', defaultResources().segment).map((s) => ('article' in s ? s.article.kicker : s.error))).toEqual(['ENERGY', 'NATO']);
  });

  it('moves a web page\'s furniture to credits and keeps one blank line where it stood', () => {
    const text = ['POLITICS', 'Ko Wen-je sentenced to 17 years', '', 'Advertisement', '', 'Former mayor Ko Wen-je was sentenced.', '',
      'Read more: Ko released on bail', '', 'ADVERTISEMENT', '', 'He said he would appeal.', '', 'Share this article', 'Sign up for our newsletter',
      'Related: TPP legislators rally'].join('\n');
    const [segment] = segmentText(text, 'page.txt');
    expect(segment).toEqual({
      article: {
        id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, kicker: 'POLITICS', title: 'Ko Wen-je sentenced to 17 years', truncated: false,
        text: 'Ko Wen-je sentenced to 17 years\n\nFormer mayor Ko Wen-je was sentenced.\n\nHe said he would appeal.',
        credits: ['Advertisement', 'Read more: Ko released on bail', 'ADVERTISEMENT', 'Share this article', 'Sign up for our newsletter', 'Related: TPP legislators rally'],
      },
    });
  });

  it('takes a first line that is a headline, followed by a blank line and paragraphs, as the title', () => {
    const text = ['Taiwan, U.S. hold economic dialogue in Washington', '', 'Washington, Dec. 3 (CNA) Taiwan and the United States held talks.',
      '(By Chung Yu-chen)', 'Enditem/AW', 'BRIEF: A line that stops'].join('\n');
    const segments = segmentText(text, 'cna.txt').map((s) => ('article' in s ? s.article : s.error));
    expect(segments.map((a) => 'title' in a ? a.title : undefined)).toEqual(['Taiwan, U.S. hold economic dialogue in Washington', undefined]);
  });

  it('takes a headline right above its first paragraph, or above a standfirst, as the title, and no first sentence', () => {
    const titles = [
      'Asian stocks slide as AI jitters spread\nStocks fell across Asia on Tuesday as investors sold chipmakers and the yen rose against the dollar.',
      'Ten Years of the New Southbound Policy: Migrant Workers Still Carry the Weight?\nA decade after the policy began, caregivers from Indonesia and Vietnam still pay high broker fees.',
      'Japan’s ruling coalition loses majority in upper house\nThe prime minister says he will stay on despite losses that endanger his minority government\nThe ruling coalition lost its majority in Sunday’s election, official results showed on Monday.',
      'The Executive Yuan yesterday unveiled its new Cabinet.\nThe lineup includes three new ministers and a new spokeswoman, officials said on Monday afternoon.',
      'Rain\nHeavy rain fell on the north of the island on Monday, forcing schools and offices to close early.',
    ].map((text) => segmentText(text, 'page.txt').map((s) => ('article' in s ? s.article.title : s.error)));
    expect(titles).toEqual([
      ['Asian stocks slide as AI jitters spread'], ['Ten Years of the New Southbound Policy: Migrant Workers Still Carry the Weight?'],
      ['Japan’s ruling coalition loses majority in upper house'], [undefined], [undefined],
    ]);
  });

  it('takes a headline before a dateline of two cities as the title', () => {
    const titles = ['LONDON/DUBAI, Dec 1 (Reuters) - Oil rose.', 'TOKYO/HONG KONG (Bloomberg) — Stocks fell.'].map((line) =>
      segmentText(`Markets move\n${line}`, 'wire.txt').map((s) => ('article' in s ? s.article.title : s.error)));
    expect(titles).toEqual([['Markets move'], ['Markets move']]);
  });

  it('sets apart bylines in lower case, with a beat or a desk, editing credits and agency end marks, and keeps a headline with its byline and dateline', () => {
    const options = { ...defaultSegmentOptions, isPlace: (name: string) => name === 'NEW DELHI' || name === 'JAKARTA' };
    const text = ['NDA sweeps Bihar', '', 'The Hindu Bureau', '', 'NEW DELHI: The alliance won 202 seats.', '', 'Drone hits refinery', '', 'by Kateryna Hodunova', '',
      'JAKARTA: A drone hit the refinery, officials said.', 'Edited by: Sean Sinico', '(END)', 'Linda Yulisman, Indonesia Correspondent', '==Kyodo'].join('\n');
    const articles = segmentText(text, 'hindu.txt', options).map((s) => ('article' in s ? s.article : s.error));
    expect(articles).toEqual([
      { id: 'hindu.txt#1', source: 'hindu.txt', index: 1, line: 1, title: 'NDA sweeps Bihar', truncated: false, credits: ['The Hindu Bureau'],
        text: 'NDA sweeps Bihar\n\nNEW DELHI: The alliance won 202 seats.' },
      { id: 'hindu.txt#2', source: 'hindu.txt', index: 2, line: 7, title: 'Drone hits refinery', truncated: false,
        credits: ['by Kateryna Hodunova', 'Edited by: Sean Sinico', '(END)', 'Linda Yulisman, Indonesia Correspondent', '==Kyodo'],
        text: 'Drone hits refinery\n\nJAKARTA: A drone hit the refinery, officials said.' },
    ]);
  });

  it('sets apart a byline with a lower-case beat and a caption ending in CNA\'s dated photo credit', () => {
    const text = ['Shaimaa Khalil, Tokyo correspondent', "Japan's prime minister refused to retract her remarks.",
      'Prosecutors display seized cash on Thursday. CNA photo Dec. 4, 2025', 'The ring was led by a man surnamed Tsai.'].join('\n');
    const [segment] = segmentText(text, 'bbc.txt');
    expect(segment && 'article' in segment ? [segment.article.credits, segment.article.text] : segment).toEqual([
      ['Shaimaa Khalil, Tokyo correspondent', 'Prosecutors display seized cash on Thursday. CNA photo Dec. 4, 2025'],
      "Japan's prime minister refused to retract her remarks.\nThe ring was led by a man surnamed Tsai.",
    ]);
  });

  it('keeps one article whose header has byline names above its timestamp and a dateline under them', () => {
    const options = { ...defaultSegmentOptions, isPlace: (name: string) => name === 'ISLAMABAD' };
    const text = ['Pakistan, Afghanistan agree to extend ceasefire after talks', '', 'Baqir Sajjad Syed | Tahir Khan', 'Published October 31, 2025', '',
      'ISLAMABAD: Pakistan and Afghanistan agreed on Thursday to extend their ceasefire.', '', 'Carney signs pipeline deal', '', 'Emma Graney Calgary', 'Marieke Walsh Ottawa',
      'Published November 27, 2025', '', 'Prime Minister Mark Carney signed a deal on Thursday.'].join('\n');
    // Before: the names line became a second article's title, the headline an empty, truncated article; names stayed body text.
    expect(segmentText(text, 'p.txt', options).map((s) => ('article' in s ? [s.article.title, s.article.credits, s.article.text] : s.error))).toEqual([
      ['Pakistan, Afghanistan agree to extend ceasefire after talks', ['Baqir Sajjad Syed | Tahir Khan', 'Published October 31, 2025'],
        'Pakistan, Afghanistan agree to extend ceasefire after talks\n\nISLAMABAD: Pakistan and Afghanistan agreed on Thursday to extend their ceasefire.'],
      ['Carney signs pipeline deal', ['Emma Graney Calgary', 'Marieke Walsh Ottawa', 'Published November 27, 2025'],
        'Carney signs pipeline deal\n\nPrime Minister Mark Carney signed a deal on Thursday.'],
    ]);
  });

  it('starts a story at a kicker with digits, marks, slashes or a number after its words, and not at a year alone (p126)', () => {
    const kickers = ['UK/IRELAND', '5G', '3M', 'CÔTE D\'IVOIRE', 'TÜRKIYE', 'S&P 500', 'WORLD CUP 2026', '2026 ELECTIONS'];
    const text = kickers.map((k) => `${k}: Officials said on Friday that the plan was approved after a debate.`).join('\n\n');
    expect(segmentText(text, 'k.txt').map((s) => ('article' in s ? s.article.kicker : s.error.rule))).toEqual(kickers);
    expect(segmentText('Officials met on Friday.\n\n2026: a year of elections, officials said.', 'y.txt').length).toBe(1);
  });

  it('reads a closing quote written as an HTML reference or an invisible mark at the end as a finished sentence, and counts the text\'s bytes (p126)', () => {
    expect(['said, “We will not back down.&#8221;', 'the plan was fine.&rdquo;', 'it was fine.&quot;', 'the plan was fine.\u200b', 'the plan was fine.&nbsp;'].map(isTruncated)).toEqual([false, false, false, false, false]);
    const two = segmentText('TAIPEI (Reuters) - The minister said, &#8220;We will not back down.&#8221;\n\nTOKYO (Reuters) - Officials met on Monday.', 'm.txt');
    expect(two.map((s) => ('article' in s ? s.article.truncated : s.error.rule))).toEqual([false, false]);
    const text = 'A'.repeat(50) + '.\n' + 'B'.repeat(49) + '.';
    const read = (limit: number) => segmentText(text, 'b.txt', { ...defaultSegmentOptions, maxArticleBytes: limit }).map((s) => ('article' in s ? 'kept' : s.error.rule));
    expect([read(text.length), read(text.length - 1)]).toEqual([['kept'], ['article-too-large']]);
  });

  it('reads a Taiwan News deck over a byline and a photo\'s caption with its credit in brackets (p127)', () => {
    const text = ['Taipower files plan to restart nuclear plant', 'Regulator to review application within 18 months', 'By Stephanie Chiang, Taiwan News, Staff Writer', '2026/12/04 11:47', '',
      'The Maanshan Nuclear Power Plant in Pingtung County. (Taiwan News, Wu Yi-ting photo)', '', 'TAIPEI (Taiwan News) — Taipower on Friday submitted a plan to restart the plant.'].join('\n');
    expect(segmentText(text, 'tn.txt').map((s) => ('article' in s ? [s.article.deck, s.article.credits.at(-1), s.article.text.includes('Wu Yi-ting')] : s.error.rule))).toEqual([
      ['Regulator to review application within 18 months', 'The Maanshan Nuclear Power Plant in Pingtung County. (Taiwan News, Wu Yi-ting photo)', false],
    ]);
  });

  it('reads Al Jazeera\'s and The Hindu\'s captions as credits, and an Al Jazeera deck over its timestamp (p127)', () => {
    const text = ['Sudan’s RSF shells el-Obeid as truce talks stall in Jeddah', 'At least 27 civilians killed in North Kordofan capital, medics say.', '', 'Published On 4 Dec 2026', '',
      'People inspect damage at a market hit by shelling in el-Obeid, Sudan [File: AFP]', '', 'At least 27 civilians have been killed in attacks on el-Obeid, medics say.'].join('\n');
    // Before: two articles, the caption the second one's title.
    expect(segmentText(text, 'aj.txt').map((s) => ('article' in s ? [s.article.title, s.article.deck, s.article.credits] : s.error.rule))).toEqual([
      ['Sudan’s RSF shells el-Obeid as truce talks stall in Jeddah', 'At least 27 civilians killed in North Kordofan capital, medics say.',
        ['Published On 4 Dec 2026', 'People inspect damage at a market hit by shelling in el-Obeid, Sudan [File: AFP]']],
    ]);
    const hindu = segmentText('Court rules on rolls\n\nA booth-level officer verifies documents in Kolkata. File | Photo Credit: The Hindu\n\nThe Supreme Court on Tuesday refused to stay the revision.', 'h.txt');
    expect(hindu.map((s) => ('article' in s ? s.article.credits : s.error.rule))).toEqual([['A booth-level officer verifies documents in Kolkata. File | Photo Credit: The Hindu']]);
  });

  it('reads an advertisement\'s label, a site\'s appeal for support and Al Jazeera\'s source line as credits (p128)', () => {
    const text = ['Court jails ex-bank chief for fraud', 'By Ebuka Onyeji', 'December 10, 2026', 'A court in Lagos on Wednesday sentenced a former bank chief to 14 years for fraud.',
      'Support PREMIUM TIMES\' journalism of integrity and credibility', 'TEXT AD: Call Willie - +2348098788999', 'Al Jazeera and news agencies'].join('\n');
    // Before: "TEXT AD" a kicker of a second story, whose person was Willie; the appeal a paragraph of the first.
    expect(segmentText(text, 'ad.txt').map((s) => ('article' in s ? [s.article.credits.slice(2), s.article.text.split('\n').length] : s.error.rule))).toEqual([
      [['Support PREMIUM TIMES\' journalism of integrity and credibility', 'TEXT AD: Call Willie - +2348098788999', 'Al Jazeera and news agencies'], 2],
    ]);
  });

  it('reads BBC\'s call for readers\' stories, comment and link buttons and the headings over related lists as credits (p128)', () => {
    const lines = ['Get in touch', 'Are you affected by the strike? Share your experience.', 'Read Comments', 'Copy link', 'Related Topics', 'Most Read from Bloomberg',
      'Follow the Stocks Channel on WhatsApp for the latest market-moving news.'];
    for (const line of lines) {
      const text = ['Doctors begin five-day strike', '', 'Resident doctors in England began a strike on Monday.', line, 'The strike is due to end on Saturday.'].join('\n');
      expect(segmentText(text, 'f.txt').map((s) => ('article' in s ? [s.article.credits, s.article.text.includes(line)] : s.error.rule)), line).toEqual([[[line], false]]);
    }
  });

  it('reads the Taipei Times\' labelled deck under its headline as the article\'s deck, not a new story (p127)', () => {
    const text = ['POLITICS', 'Cabinet approves special budget', 'SPENDING PLAN: The premier said the money would go to air defense and drones', 'By Lin Ching-yin / Staff reporter', '',
      'Premier Cho Jung-tai (卓榮泰) yesterday said the Cabinet had approved the special budget.'].join('\n');
    // Before: a headline-only article, and an untitled one with the deck in its text.
    expect(segmentText(text, 'tt.txt').map((s) => ('article' in s ? [s.article.kicker, s.article.title, s.article.deck, s.article.credits, s.article.text.split('\n').length] : s.error.rule))).toEqual([
      ['SPENDING PLAN', 'Cabinet approves special budget', 'The premier said the money would go to air defense and drones', ['POLITICS', 'By Lin Ching-yin / Staff reporter'], 4],
    ]);
  });

  it('reads a page top that no byline marks: headline, deck, writer and place lines (p124, The Hindu and Taiwan News)', () => {
    const read = (...lines: string[]) => segmentText(lines.join('\n'), 'p.txt').map((s) => ('article' in s ? [s.article.title, s.article.deck, s.article.credits, s.article.text] : [s.error.rule]));
    const lead = 'The Supreme Court on Friday refused to stay the revision of electoral rolls in Punjab.';
    expect(read('SC declines to stay roll revision in Punjab', 'Bench seeks reply from Election Commission in two weeks', '', 'Krishnadas Rajagopal', 'NEW DELHI', '', lead)).toEqual([
      ['SC declines to stay roll revision in Punjab', 'Bench seeks reply from Election Commission in two weeks', ['Krishnadas Rajagopal', 'NEW DELHI'],
        `SC declines to stay roll revision in Punjab\nBench seeks reply from Election Commission in two weeks\n\n${lead}`],
    ]);
    expect(read('Ko Wen-je appeal opens at Taiwan High Court', 'Former TPP chair denies bribery in Core Pacific City case', '', 'By Sean Scanlon, Taiwan News, Staff Writer',
      '2026/12/03 17:08', '', 'TAIPEI (Taiwan News) — The Taiwan High Court on Thursday opened the appeal hearing.')[0]!.slice(0, 3)).toEqual([
      'Ko Wen-je appeal opens at Taiwan High Court', 'Former TPP chair denies bribery in Core Pacific City case', ['By Sean Scanlon, Taiwan News, Staff Writer', '2026/12/03 17:08'],
    ]);
    // A lead right under the headline (its time, "said") is no deck.
    expect(read('Court rejects appeal', 'The Supreme Court on Friday rejected the appeal of a former mayor.', '', 'He will serve six years.')[0]!.slice(0, 2)).toEqual(['Court rejects appeal', undefined]);
  });

  it('reads the date of a timestamp credit written with its month as a word, not a numeric one', () => {
    expect(['Published October 31, 2025', 'Nov. 20, 2025 at 7:12 AM GMT+8', 'Published: 30 Oct 2025 09:00 GMT', '12/11/2025 05:41 PM EST', 'February 30, 2025'].map(creditDate))
      .toEqual(['2025-10-31', '2025-11-20', '2025-10-30', undefined, undefined]);
  });

  it('starts a story at a page\'s headline of seven words or more over a lead that tells its time, and not at a subhead (p83)', () => {
    const first = 'Recall votes fail to unseat any KMT lawmaker as turnout falls short\nVoters in 24 electoral districts yesterday rejected recall motions against Chinese Nationalist Party lawmakers, the Central Election Commission said.';
    const second = 'Police bust scam ring that swindled elderly out of NT$300 million\nThe Criminal Investigation Bureau yesterday said it had broken up a fraud ring that posed as prosecutors to swindle elderly people across the country.';
    const titles = (text: string) => segmentText(text, 'p.txt').map((s) => ('article' in s ? s.article.title ?? '' : s.error.rule));
    expect(titles(`${first}\n\n${second}`)).toEqual(['Recall votes fail to unseat any KMT lawmaker as turnout falls short', 'Police bust scam ring that swindled elderly out of NT$300 million']);
    expect(titles(`${first}\n\nWhat the town wants next\nResidents said yesterday that they wanted a new bridge across the river before the rainy season begins next year.`)).toHaveLength(1);
    expect(titles(`${first}\n\nWhy the opposition says the recall failed this time\nThe party had argued for months that turnout would decide the result, and it was right about that.`)).toHaveLength(1);
    // A headline of eight words or more needs no time in its lead (p82): "Councillors in Bristol have voted …".
    expect(titles(`${first}\n\nCouncil votes to close six libraries after £48m budget gap\nCouncillors in Bristol have voted to close six branch libraries and raise council tax by the maximum allowed after a budget gap.`)).toEqual(['Recall votes fail to unseat any KMT lawmaker as turnout falls short', 'Council votes to close six libraries after £48m budget gap']);
  });

  it('reads an ISO 8601 timestamp under a headline as the header that opens a story, and its date (p80: two stories had been one)', () => {
    expect(['Published 2026-12-05T10:00:00Z', 'Updated 2026-12-05T10:00:00+08:00', '2026-02-30'].map(creditDate)).toEqual(['2026-12-05', '2026-12-05', undefined]);
    // A numeric date one way only, where one side is over 12 (p99: Focus Taiwan's "02/14/2026 09:12 PM By …" had no date).
    expect(['02/14/2026 09:12 PM By Chao Ching-yu, CNA staff reporter', '14/02/2026', '12/11/2025 05:41 PM EST', '02/30/2026'].map(creditDate)).toEqual(['2026-02-14', '2026-02-14', undefined, undefined]);
    const text = 'Story one ends here, officials said.\n\nLai meets Cho in Taipei to discuss the budget\nPublished 2026-12-05T10:00:00Z\n\nPresident William Lai met Premier Cho Jung-tai on Monday to discuss the budget.';
    expect(segmentText(text, 'p.txt').map((s) => ('article' in s ? [s.article.title, s.article.date, s.article.credits] : s.error.rule))).toEqual([
      [undefined, undefined, []], ['Lai meets Cho in Taipei to discuss the budget', '2026-12-05', ['Published 2026-12-05T10:00:00Z']],
    ]);
  });

  /** The articles (or errors) a pasted text segments into. */
  const paste = (lines: string[], options = defaultSegmentOptions) => segmentText(lines.join('\n'), 'page.txt', options).map((s) => ('article' in s ? s.article : s.error));

  it('moves timestamps, reading times, audio players, share counters, tags, notes and copyright lines to credits', () => {
    expect(paste([
      'Floods cut off towns in the north as more rain is forecast', '', 'Updated 3:45 PM EST, Thu November 13, 2025', 'Published: 12 Nov 2025 14:02 GMT',
      'TNN | Updated: Nov 12, 2025, 14:02 IST', '2 hours ago', '4 min read', 'Listen to this article', 'Share 214', 'Comments (38)', '',
      'Floodwaters cut off several towns on Tuesday, officials said.', '', 'Advertisement · Scroll to continue', '', 'More rain is forecast for the weekend.', '',
      '1.2K shares', 'Like · Reply · 3h', 'Tags: floods, weather', "Editor's note: This story contains descriptions of violence.",
      'This story has been updated with new figures.', 'Source: Xinhua', '(c) 2025 Reuters', 'Copyright 2025 The Associated Press. All rights reserved.',
    ])).toEqual([{
      id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, title: 'Floods cut off towns in the north as more rain is forecast', truncated: false, date: '2025-11-13',
      text: 'Floods cut off towns in the north as more rain is forecast\n\nFloodwaters cut off several towns on Tuesday, officials said.\n\nMore rain is forecast for the weekend.',
      credits: ['Updated 3:45 PM EST, Thu November 13, 2025', 'Published: 12 Nov 2025 14:02 GMT', 'TNN | Updated: Nov 12, 2025, 14:02 IST', '2 hours ago', '4 min read',
        'Listen to this article', 'Share 214', 'Comments (38)', 'Advertisement · Scroll to continue', '1.2K shares', 'Like · Reply · 3h', 'Tags: floods, weather',
        "Editor's note: This story contains descriptions of violence.", 'This story has been updated with new figures.', 'Source: Xinhua', '(c) 2025 Reuters',
        'Copyright 2025 The Associated Press. All rights reserved.'],
    }]);
  });

  it('moves photo captions with their credit, and a caption under a picture agency\'s line, to credits', () => {
    expect(paste([
      'Students march on parliament', '', 'Protesters gather outside the parliament in Jakarta on Monday. (AP Photo/Dita Alangkara)',
      'A teenager uses a smartphone in Sydney. Photograph: Dean Lewins/AAP',
      'A flag flutters at a base in Hsinchu, Taiwan, November 3, 2025. REUTERS/Ann Wang Purchase Licensing Rights, opens new tab',
      'President Lee attends a cabinet meeting in Seoul. (Yonhap via AP)', 'File photo', '', 'Thousands of students marched on parliament on Monday.', '',
      'Getty Images', 'Police fire tear gas near the parliament building', '', 'The protest ended peacefully (see photo above).',
    ])).toEqual([{
      id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, title: 'Students march on parliament', truncated: false,
      text: 'Students march on parliament\n\nThousands of students marched on parliament on Monday.\n\nThe protest ended peacefully (see photo above).',
      credits: ['Protesters gather outside the parliament in Jakarta on Monday. (AP Photo/Dita Alangkara)', 'A teenager uses a smartphone in Sydney. Photograph: Dean Lewins/AAP',
        'A flag flutters at a base in Hsinchu, Taiwan, November 3, 2025. REUTERS/Ann Wang Purchase Licensing Rights, opens new tab',
        'President Lee attends a cabinet meeting in Seoul. (Yonhap via AP)', 'File photo', 'Getty Images', 'Police fire tear gas near the parliament building'],
    }]);
  });

  it('marks an article cut off by a paywall prompt truncated, even after a finished sentence, and moves the prompt to credits', () => {
    const [cut] = paste(['Bank holds rates as currency slides', '', 'The central bank kept its rate unchanged on Thursday.', 'Subscribe to continue reading',
      'Already a subscriber? Sign in']);
    const [whole] = paste(['Bank holds rates as currency slides', '', 'The central bank kept its rate unchanged on Thursday.', 'Subscribe to our newsletter']);
    expect([cut, whole]).toEqual([
      { id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, title: 'Bank holds rates as currency slides', truncated: true,
        text: 'Bank holds rates as currency slides\n\nThe central bank kept its rate unchanged on Thursday.', credits: ['Subscribe to continue reading', 'Already a subscriber? Sign in'] },
      { id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, title: 'Bank holds rates as currency slides', truncated: false,
        text: 'Bank holds rates as currency slides\n\nThe central bank kept its rate unchanged on Thursday.', credits: ['Subscribe to our newsletter'] },
    ]);
  });

  it('moves a list of other stories, under its heading and up to a blank line or a sentence, to credits', () => {
    expect(paste([
      'Ukraine strikes Russian oil terminal', '', 'Ukraine struck an oil terminal overnight, officials said.', '', 'Related stories',
      'Russia launches largest drone attack of the war', 'Why may sanctions on Russian oil bite?', '', 'The attack forced loadings to stop.', '', 'Most read',
      'Police search for gunman after mall shooting', 'Loadings resumed on Thursday.',
    ])).toEqual([{
      id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, title: 'Ukraine strikes Russian oil terminal', truncated: false,
      text: 'Ukraine strikes Russian oil terminal\n\nUkraine struck an oil terminal overnight, officials said.\n\nThe attack forced loadings to stop.\n\nLoadings resumed on Thursday.',
      credits: ['Related stories', 'Russia launches largest drone attack of the war', 'Why may sanctions on Russian oil bite?', 'Most read', 'Police search for gunman after mall shooting'],
    }]);
  });

  it('starts an article at a headline followed by its byline or timestamp, with its section label as kicker and bylines without "By" as credits', () => {
    expect(paste([
      'Asia-Pacific', 'Taiwan detects Chinese balloons near island, ministry says', 'By Ben Reynolds', '2 hours ago', '',
      'Smoke rises over a base in Hsinchu on Wednesday. Reuters', '', "Taiwan's defence ministry said on Wednesday it had detected three balloons.", '',
      'Business', 'Copper hits record as mine outage squeezes supply', 'Traders expect the shortage to last into next year', 'Pratima Sharan',
      'Updated 9:41 AM GMT, November 12, 2025', 'Share', 'Nick Beake', 'Europe correspondent', '', 'Copper prices climbed to a record high on Wednesday.',
      'Most read', 'Madrid metro strike called off', "Portugal's budget passes first vote", 'Published: 30 Oct 2025 09:00 GMT', '',
      "Portugal's parliament approved the budget in a first vote.",
    ])).toEqual([
      { id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, kicker: 'Asia-Pacific', title: 'Taiwan detects Chinese balloons near island, ministry says', truncated: false,
        text: "Taiwan detects Chinese balloons near island, ministry says\n\nTaiwan's defence ministry said on Wednesday it had detected three balloons.",
        credits: ['By Ben Reynolds', '2 hours ago', 'Smoke rises over a base in Hsinchu on Wednesday. Reuters'] },
      { id: 'page.txt#2', source: 'page.txt', index: 2, line: 10, kicker: 'Business', title: 'Copper hits record as mine outage squeezes supply', truncated: false, date: '2025-11-12',
        deck: 'Traders expect the shortage to last into next year',
        text: 'Copper hits record as mine outage squeezes supply\nTraders expect the shortage to last into next year\n\nCopper prices climbed to a record high on Wednesday.',
        credits: ['Pratima Sharan', 'Updated 9:41 AM GMT, November 12, 2025', 'Share', 'Nick Beake', 'Europe correspondent', 'Most read', 'Madrid metro strike called off'] },
      { id: 'page.txt#3', source: 'page.txt', index: 3, line: 22, title: "Portugal's budget passes first vote", truncated: false, date: '2025-10-30',
        text: "Portugal's budget passes first vote\n\nPortugal's parliament approved the budget in a first vote.", credits: ['Published: 30 Oct 2025 09:00 GMT'] },
    ]);
  });

  it('keeps a live blog in one article: an entry under its time is no new header', () => {
    expect(paste([
      'Live: Climate talks enter their final week', 'Updated 2:15 p.m. ET, November 17, 2025', '', '2:15 p.m. ET', 'Draft text calls for fossil fuel roadmaps',
      'The presidency circulated a draft decision on Monday.', '', '12:40 p.m. ET', 'Protesters block the entrance', 'Around 200 protesters blocked the main entrance.',
    ])).toEqual([{
      id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, title: 'Live: Climate talks enter their final week', truncated: false, date: '2025-11-17',
      text: 'Live: Climate talks enter their final week\n\nDraft text calls for fossil fuel roadmaps\nThe presidency circulated a draft decision on Monday.\n\n' +
        'Protesters block the entrance\nAround 200 protesters blocked the main entrance.',
      credits: ['Updated 2:15 p.m. ET, November 17, 2025', '2:15 p.m. ET', '12:40 p.m. ET'],
    }]);
  });

  it('starts an article at a dateline after finished text, with the headline above it or the byline since that text', () => {
    const options = { ...defaultSegmentOptions, isPlace: (name: string) => name === 'Ukraine' };
    expect(paste([
      'Hong Kong bourse reports record profit', 'Hong Kong (AFP) – The exchange reported a 39 percent rise in profit on Wednesday.', '© 2025 AFP', '',
      'By Jane Doe', '', "Seoul (AFP) – South Korea's parliament passed a casino bill on Wednesday.", '', "Kenya's parliament approves new finance bill",
      'NAIROBI, Nov 11 (Reuters) - Kenyan lawmakers passed the finance bill late on Tuesday.',
      "Taiwan People's Party (TPP) Legislator Huang Kuo-chang said the bill was flawed.", '', 'Ukraine strikes oil terminal', '', 'Kyiv, Ukraine —',
      'Ukraine struck an oil terminal overnight.',
    ], options)).toEqual([
      { id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, title: 'Hong Kong bourse reports record profit', truncated: false,
        text: 'Hong Kong bourse reports record profit\nHong Kong (AFP) – The exchange reported a 39 percent rise in profit on Wednesday.', credits: ['© 2025 AFP'] },
      { id: 'page.txt#2', source: 'page.txt', index: 2, line: 5, truncated: false,
        text: "Seoul (AFP) – South Korea's parliament passed a casino bill on Wednesday.", credits: ['By Jane Doe'] },
      { id: 'page.txt#3', source: 'page.txt', index: 3, line: 9, title: "Kenya's parliament approves new finance bill", truncated: false, credits: [],
        text: "Kenya's parliament approves new finance bill\nNAIROBI, Nov 11 (Reuters) - Kenyan lawmakers passed the finance bill late on Tuesday.\n" +
          "Taiwan People's Party (TPP) Legislator Huang Kuo-chang said the bill was flawed." },
      { id: 'page.txt#4', source: 'page.txt', index: 4, line: 13, title: 'Ukraine strikes oil terminal', truncated: false, credits: [],
        text: 'Ukraine strikes oil terminal\n\nKyiv, Ukraine —\nUkraine struck an oil terminal overnight.' },
    ]);
  });

  it('starts an article at a headline after a rule, and keeps prose after a rule in its article', () => {
    expect(paste([
      'Thailand and Cambodia trade accusations', '', 'Thai soldiers were wounded by a landmine on Wednesday.', '', '* * *', '', 'Vietnam raises growth target', '',
      "Vietnam's assembly approved a growth target of 10%.", '-----', 'The vote was unanimous.',
    ])).toEqual([
      { id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, title: 'Thailand and Cambodia trade accusations', truncated: false,
        text: 'Thailand and Cambodia trade accusations\n\nThai soldiers were wounded by a landmine on Wednesday.', credits: ['* * *'] },
      { id: 'page.txt#2', source: 'page.txt', index: 2, line: 7, title: 'Vietnam raises growth target', truncated: false,
        text: "Vietnam raises growth target\n\nVietnam's assembly approved a growth target of 10%.\nThe vote was unanimous.", credits: ['-----'] },
    ]);
  });

  it("moves a writer's biography at an article's end, with the name above it, to credits, and keeps one about a journalist inside the story", () => {
    expect(paste([
      'Drought pushes hydropower output to a record low', 'By Grace Mwansa', '', 'Water levels at the Kariba Dam have fallen to 9% of usable storage.', '',
      'Grace Mwansa is a reporter covering southern Africa for the Daily Ledger. She is based in Lusaka.', '', "Chile's presidential race heads to a runoff", '',
      'SANTIAGO, Chile (AP) — Jara won 26.8% of the vote.', '', 'John Roe is a reporter for a Chilean daily who was detained in March.', '', 'The count continues.', '',
      'William Zheng', 'William joined the Post in 2019 and covers Chilean politics.',
    ])).toEqual([
      { id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, title: 'Drought pushes hydropower output to a record low', truncated: false,
        text: 'Drought pushes hydropower output to a record low\n\nWater levels at the Kariba Dam have fallen to 9% of usable storage.',
        credits: ['By Grace Mwansa', 'Grace Mwansa is a reporter covering southern Africa for the Daily Ledger. She is based in Lusaka.'] },
      { id: 'page.txt#2', source: 'page.txt', index: 2, line: 8, title: "Chile's presidential race heads to a runoff", truncated: false,
        text: "Chile's presidential race heads to a runoff\n\nSANTIAGO, Chile (AP) — Jara won 26.8% of the vote.\n\nJohn Roe is a reporter for a Chilean daily who was detained in March.\n\nThe count continues.",
        credits: ['William Zheng', 'William joined the Post in 2019 and covers Chilean politics.'] },
    ]);
  });

  it('moves an end mark run onto the last paragraph to credits', () => {
    expect(paste(['Brazil welcomes more Chinese investment in wind power. ■']).concat(paste(['Researchers have developed a new rice variety. Enditem']))).toEqual([
      { id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, truncated: false, text: 'Brazil welcomes more Chinese investment in wind power.', credits: ['■'] },
      { id: 'page.txt#1', source: 'page.txt', index: 1, line: 1, truncated: false, text: 'Researchers have developed a new rice variety.', credits: ['Enditem'] },
    ]);
  });

  it('segments a 1 MB line of page furniture in linear time, alone and under a header', () => {
    const units = ['Updated 3:45 PM EST, ', 'Share 214 · ', '(AP Photo/', 'REUTERS/Ann ', '* ', 'Advertisement · ', 'Kyiv, Ukraine — ', 'Jane Doe is a reporter ',
      'Related stories ', 'Subscribe to continue reading ', '© 2025 ', 'WASHINGTON (AP) — ', '. Getty Images', ', opens new tab', 'By Jane Doe and ', '■ '];
    const slowest = Math.max(...units.flatMap((unit) => {
      const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
      return [line, `Taiwan detects balloons near island\nBy Jane Doe\n${line}\n2 hours ago\nReuters\nJane Doe is a reporter.`].map((input) => {
        const started = performance.now();
        const kept = segmentText(input, 'long.txt').reduce((n, s) => n + ('article' in s ? s.article.text.length + s.article.credits.join('').length : 0), 0);
        expect(kept).toBeGreaterThanOrEqual(line.trim().length);
        return performance.now() - started;
      });
    }));
    // About 0.1 s each on a loaded machine; a pattern that backtracks on a long line takes minutes.
    expect(slowest).toBeLessThan(2000);
  });

  it('moves 150,000 furniture lines between a headline and its byline, or before a dateline, with the article that starts there', () => {
    const [shared, stamped] = [
      paste(['Taiwan detects balloons near island', ...Array<string>(150_000).fill('Share'), 'By Jane Doe', 'The ministry said so.']),
      paste(['Taiwan detects balloons near island', '', 'The ministry said so.', 'It sent ships.', ...Array<string>(150_000).fill('12:00 GMT'), 'WASHINGTON (AP) — Text.']),
    ].map((articles) => articles.map((a) => ('credits' in a ? [a.line, a.credits.length] : [a.rule, a.line])));
    // The credits stop at 32 k characters (64 k until h140 F9), with a note row where they pass them (p106; they had held all 150,000 lines).
    expect([shared, stamped]).toEqual([[['credits-too-long', 5_335], [1, 5_333]], [['credits-too-long', 3_205], [1, 0], [5, 3_200]]]);
  // About 1 s; more on a loaded machine.
  }, 30_000);
  it('keeps a dateline in capitals on its own line under a byline in the text, and takes AP\'s byline with its name and an outlet\'s line as credits', () => {
    const shown = (text: string) => segmentText(text, 's.txt', defaultResources().segment).map((s) => ('article' in s ? `${s.article.credits.join('/')}|${s.article.text}` : s.error.rule));
    expect(shown('Metro stretch opens to public\n\nSpecial Correspondent\nCHENNAI\nThe Union Cabinet approved Phase II.')).toEqual([
      'Special Correspondent|Metro stretch opens to public\n\nCHENNAI\nThe Union Cabinet approved Phase II.',
    ]);
    expect(shown('Central Bank holds rates\n\nTaiwanPlus News\n\nTaiwan\'s Central Bank kept its rate unchanged.')).toEqual(['TaiwanPlus News|Central Bank holds rates\n\nTaiwan\'s Central Bank kept its rate unchanged.']);
    expect(shown('Brazil\'s top court halts drilling\n\nBy ANA LUÍZA DE SOUZA Associated Press\nBRASILIA, Brazil (AP) — A justice suspended it.')).toEqual([
      'By ANA LUÍZA DE SOUZA Associated Press|Brazil\'s top court halts drilling\n\nBRASILIA, Brazil (AP) — A justice suspended it.',
    ]);
  });
  it('keeps no line of an article past maxArticleBytes: the article is an article-too-large row and the next ones are read', () => {
    const long = 'Troops advanced near the river on Monday and officials said more would come. '.repeat(20);
    const text = ['TRADE: Taiwan said tariffs rose on Monday.', `WAR: ${long}`, ...Array<string>(50).fill(long), 'POLITICS: William Lai spoke in Taipei on Monday.'].join('\n');
    const segments = segmentText(text, 'd.txt', { ...defaultResources().segment, maxArticleBytes: 10_000 });
    // The size it gives is the text's the article would have had.
    const whole = segmentText(text, 'd.txt', defaultResources().segment)[1]!;
    const bytes = 'article' in whole ? Buffer.byteLength(whole.article.text) : -1;
    expect(segments.map((s) => ('article' in s ? `${s.article.id}:${s.article.kicker}` : `${s.error.rule}:${s.error.line}:${s.error.message}`))).toEqual([
      'd.txt#1:TRADE', `article-too-large:2:d.txt:2: article d.txt#2 has ${bytes} bytes of text, over the limit of 10000 (--max-article-bytes); skipped`, 'd.txt#3:POLITICS',
    ]);
  });
  it('gives an oversize one-paragraph article with a credit under it its own article-too-large row; the ids after it are the ones a run without the limit gives (p132)', () => {
    const rows = (text: string, limit?: number) => segmentText(text, 'o.txt', { ...defaultResources().segment, ...(limit !== undefined && { maxArticleBytes: limit }) })
      .map((s) => ('article' in s ? `${s.article.id}:${s.article.line}` : `${s.error.rule}:${s.error.articleId}:${s.error.line}:${s.error.fatal}:${s.error.message}`));
    const tooLarge = (id: string, line: number, bytes: number, limit: number) =>
      `article-too-large:o.txt#${id}:${line}:true:o.txt:${line}: article o.txt#${id} has ${bytes} bytes of text, over the limit of ${limit} (--max-article-bytes); skipped`;
    // The paragraph had made a draft of credits only, carried into the next story: no row, and that story numbered #1.
    const vanishes = 'TAIPEI \u2014 Premier Cho Jung-tai told the Legislative Yuan that the Democratic Progressive Party would respond to the threats from Beijing.\n' +
      'Reporting by Ben Blanchard\nJAPAN: Prime Minister Fumio Kishida met Joe Biden at the White House on Friday.';
    expect(rows(vanishes)).toEqual(['o.txt#1:1', 'o.txt#2:3']);
    expect(rows(vanishes, 110)).toEqual([tooLarge('1', 1, 138, 110), 'o.txt#2:3']);
    expect(rows(vanishes.replace('Reporting by Ben Blanchard', 'Photo: AFP'), 110)).toEqual([tooLarge('1', 1, 138, 110), 'o.txt#2:3']);
    // Two oversize stories (/tmp/h132's paste, no-break spaces and all), each with its own row; the second had been the only one, with the first's line.
    const two = ['Taiwan\u2019s President William Lai (\u8cf4\u6e05\u5fb7) said on Tuesday that China\u2019s \u201cgrey zone\u201d tactics threatened the island.',
      'TAIPEI \u2014 Premier Cho\u00a0Jung-tai (\u5353\u69ae\u6cf0) told the Legislative\u00a0Yuan that the Demo\u00adcratic Progressive Party (DPP) would respond.',
      '\u201cWe will not be intimidated,\u201d Lai said.\u00a0\u00a0', 'Reporting by Ben Blanchard; Editing by Jane Doe', 'Photo: Reuters',
      'JAPAN: Prime Minister Fumio Kishida met U.S. President Joe Biden at the White House on Friday.',
      'Kishida said Japan\u2019s defence budget would rise. Biden\u2019s aides declined comment.', '\u00a9 2024 Reuters. All rights reserved.'].join('\n');
    expect(rows(two)).toEqual(['o.txt#1:1', 'o.txt#2:2', 'o.txt#3:6']);
    expect(rows(two, 125)).toEqual(['o.txt#1:1', tooLarge('2', 2, 180, 125), tooLarge('3', 6, 171, 125)]);
    // A headline over the oversize paragraph stays its story's: the next kicker's story does not take it as its title.
    const headed = segmentText(`Premier warns of threats\n\n${vanishes}`, 'o.txt', { ...defaultResources().segment, maxArticleBytes: 110 });
    expect(headed.map((s) => ('article' in s ? `${s.article.id}:${s.article.title}` : `${s.error.rule}:${s.error.line}`))).toEqual(['article-too-large:1', 'o.txt#2:undefined']);
  });
  it('keeps an article of exactly --max-article-bytes and gives the exact size of one over it: a blank line under it counts nothing (p132)', () => {
    const text = 'PARIS: Emmanuel Macron met Joe Biden in Paris on Friday.\n\nTOKYO: Fumio Kishida met Joe Biden in Tokyo on Friday.';
    const rows = (limit: number) => segmentText(text, 'l.txt', { ...defaultResources().segment, maxArticleBytes: limit }).map((s) => ('article' in s ? s.article.id : s.error.message));
    expect(rows(56)).toEqual(['l.txt#1', 'l.txt#2']);
    expect(rows(55)).toEqual(['l.txt:1: article l.txt#1 has 56 bytes of text, over the limit of 55 (--max-article-bytes); skipped', 'l.txt#2']);
    // Blank lines between paragraphs count, as the text has them: 10 + 2 + 10 bytes.
    const paragraphs = segmentText('Aaaa bbbb.\n\nCccc dddd.\n\n', 'p.txt', { ...defaultResources().segment, maxArticleBytes: 21 });
    expect(paragraphs.map((s) => ('article' in s ? s.article.id : s.error.message))).toEqual(['p.txt:1: article p.txt#1 has 22 bytes of text, over the limit of 21 (--max-article-bytes); skipped']);
  });
  it('keeps a transcript\'s speaker turns in one article, labels and all, and a desk\'s one-line stories apart (p68)', () => {
    const transcript = "Transcript: President Lai's interview with CNN\n\nAMANPOUR: President Lai, thank you for joining us. Are you worried?\n\nLAI: We are preparing for every possibility.\n\nAMANPOUR: What would you say to Xi?\n\nLAI: Peace benefits both sides.";
    const shown = (text: string) => segmentText(text, 't.txt', defaultResources().segment).map((s) => ('article' in s ? `${s.article.kicker}|${s.article.title}|${s.article.text}` : s.error.rule));
    expect(shown(transcript)).toEqual([`undefined|Transcript: President Lai's interview with CNN|${transcript}`]);
    // A story's lead paragraph before the transcript stays with it; the turns' order is kept.
    expect(shown(`Lai spoke to CNN on Monday.\n${transcript.split('\n\n').slice(1).join('\n')}`)).toHaveLength(1);
    // One turn alone, with no second speaker under it, is a kicker line; so are a desk's stories in the third person.
    expect(shown('Old story ends here.\nLAI: We will defend ourselves.\nMore of that story.')).toEqual(['undefined|undefined|Old story ends here.', 'LAI|undefined|We will defend ourselves.\nMore of that story.']);
    expect(shown('POLITICS: Lai met Cho in Taipei.\n\nTRADE: Greer said tariffs would rise.').map((a) => a.split('|')[0])).toEqual(['POLITICS', 'TRADE']);
  });
  it('reads a desk\'s section as no speaker, even where its story quotes a "we", and a transcript\'s turn cut before its stop as its text (p80)', () => {
    const kickers = (text: string) => segmentText(text, 'd.txt', defaultResources().segment).map((s) => ('article' in s ? s.article.kicker ?? '' : s.error.rule));
    const briefs = ['POLITICS: President William Lai told reporters on Monday that "we will not back down" on the defense budget.', 'WORLD: Officials in Tokyo met on Monday.', 'TECH: Will the budget pass? Nobody knows.', 'ECONOMY: Officials in Taipei said exports rose.'];
    expect(kickers(briefs.join('\n\n'))).toEqual(['POLITICS', 'WORLD', 'TECH', 'ECONOMY']);
    const cut = 'AMANPOUR: Do you think we will win?\nLAI: We are preparing for it, and China knows it.\nAMANPOUR: And the budget?\nLAI: The legislature will pass it';
    expect(segmentText(cut, 't.txt', defaultResources().segment).map((s) => ('article' in s ? s.article.text : s.error.rule))).toEqual([cut]);
  });
  it('reads a kicker behind a digest\'s or a note\'s marks: an emoji, a bullet, a list\'s mark or number, a heading, a quote, bold (p74)', () => {
    const stories = ['TRADE: Lai said tariffs would hurt both economies.', 'CRIME: Prosecutors charged three men with fraud.', 'ENERGY: Taipower said prices would rise.'];
    const kickers = (text: string) => segmentText(text, 'k.txt').map((s) => ('article' in s ? `${s.article.kicker}|${s.article.text}` : s.error.rule));
    const expected = ['TRADE|Lai said tariffs would hurt both economies.', 'CRIME|Prosecutors charged three men with fraud.', 'ENERGY|Taipower said prices would rise.'];
    for (const mark of ['🔴 ', '📌', '🇹🇼 ', '• ', '■ ', '► ', '- ', '* ', '1. ', '### ', '> ']) expect(kickers(stories.map((s) => mark + s).join('\n'))).toEqual(expected);
    expect(kickers(stories.map((s) => s.replace(/^(\w+):/u, '**$1:**')).join('\n'))).toEqual(expected);
    // And behind a keycap number, "#1" or a dash, or wrapped as a chat writes bold and italics (p80).
    for (const mark of ['1️⃣ ', '#1 ', '— ']) expect(kickers(stories.map((s) => mark + s).join('\n\n'))).toEqual(expected);
    for (const wrap of ['*$1*:', '*$1:*', '_$1:_', '__$1:__', '[$1]:']) expect(kickers(stories.map((s) => s.replace(/^(\w+):/u, wrap)).join('\n\n'))).toEqual(expected);
  });
  it('keeps a headline ending in "U.S." with the dateline paragraph under it (p61: two articles)', () => {
    const text = "China launches drills around Taiwan after Lai's transit through U.S.\nTAIPEI, Dec. 15 (Reuters) - China's military launched exercises around Taiwan on Tuesday.\nTaiwan's defence ministry said it had detected 74 aircraft.";
    const segments = segmentText(text, 'u.txt', defaultResources().segment);
    expect(segments.map((s) => ('article' in s ? [s.article.id, s.article.title] : s.error.rule))).toEqual([['u.txt#1', "China launches drills around Taiwan after Lai's transit through U.S."]]);
    // A paragraph ending in "U.S." after a finished one is still a sentence.
    expect(segmentText('POLITICS: Lai met envoys on Monday.\nHe then flew to the U.S.\nTAIPEI (CNA) - A new story began here today.', 'v.txt', defaultResources().segment).filter((s) => 'article' in s)).toHaveLength(2);
  });

  it('moves a picture\'s lines, links to clips and follow prompts to credits, and a WATCH: link splits no story (p66)', () => {
    const furniture = ['Image source, Getty Images', 'Image caption, Sanae Takaichi has refused to retract her comments', 'WATCH: Lai speaks at rally in Taichung', 'Listen: The week in Taiwan politics',
      'Read next: China sanctions US firms', 'Get the latest news on WhatsApp', 'Join our Telegram channel', 'Like us on Facebook', 'Image credit: Getty Images', 'Photo credit: CNA',
      'Email this article', 'Save article', 'Gift this article', 'Loading...', 'Sign in', 'Subscribe', 'Log in', 'Back to top', 'Terms of Use | Privacy Policy', 'Image 1 of 3',
      'Item 1 of 2 A TSMC logo is seen at its headquarters in Hsinchu, Taiwan. REUTERS/Ann Wang/File Photo'];
    const body = ['Typhoon Kong-rey slams into eastern Taiwan', 'By Chen Yun / Staff reporter', 'Typhoon Kong-rey made landfall in Taitung County yesterday, the Central Weather Administration said.'];
    furniture.forEach((line, i) => body.push(line, `The agency said update number ${i} was issued at noon.`));
    const segments = segmentText(body.join('\n'), 'page.txt', defaultResources().segment);
    expect(segments).toHaveLength(1);
    const article = 'article' in segments[0]! ? segments[0].article : undefined;
    expect(article?.title).toBe('Typhoon Kong-rey slams into eastern Taiwan');
    expect(article?.credits).toEqual(['By Chen Yun / Staff reporter', ...furniture]);
    expect(article?.text.split('\n')).toHaveLength(2 + furniture.length);
  });

  it('opens a story at a byline with a city or a date, at a headline under a timestamp, and reads a bulleted link as a link (p66)', () => {
    const story = 'MANILA (AP) — The Philippines summoned a Chinese diplomat on Friday.\nChina said the ship had intruded into its waters.\n\n';
    const next = "Nvidia's Huang says Taiwan HQ plan on track\n";
    const body = 'Nvidia Chief Executive Jensen Huang said on Friday that the plan was on track.\nHuang spoke to reporters at Taipei Songshan Airport.';
    const read = (text: string) => segmentText(text, 'p.txt', defaultResources().segment).map((s) => ('article' in s ? [s.article.title ?? null, s.article.credits, s.article.truncated] : s.error.rule));
    for (const byline of ['By Jane Smith in Taipei', 'By Ann Wang & Jane Smith | December 12, 2026']) {
      expect(read(`${story}${next}\n${byline}\n\n${body}`)).toEqual([[null, [], false], ["Nvidia's Huang says Taiwan HQ plan on track", [byline], false]]);
    }
    expect(read(`${story}Updated 1 hour ago\n${next}By Wen-Yee Lee and Ben Blanchard\n${body}`)).toEqual([
      [null, [], false], ["Nvidia's Huang says Taiwan HQ plan on track", ['Updated 1 hour ago', 'By Wen-Yee Lee and Ben Blanchard'], false],
    ]);
    const bulleted = `${story.trim()}\n• Read more: Schools closed in six cities\n• Read more: Flights canceled at Taoyuan airport\nApple to invest US$5bn in Taiwan\nUpdated 3 hours ago\nApple Inc plans to invest US$5 billion in Taiwan over five years.`;
    expect(read(bulleted)).toEqual([
      [null, ['• Read more: Schools closed in six cities', '• Read more: Flights canceled at Taoyuan airport'], false], ['Apple to invest US$5bn in Taiwan', ['Updated 3 hours ago'], false],
    ]);
  });

  it('reads a writer\'s name and role on one line without a comma as a byline, not as a person and no headline (p66: the Guardian)', () => {
    const text = 'China\nBeijing condemns US arms sale to Taiwan as ‘dangerous’\nForeign ministry says $11bn package sends wrong signal, as Taipei welcomes the deal\nAmy Hawkins Senior China correspondent\nThu 11 Dec 2026 09.12 GMT\nChina has condemned a US$11bn arms sale to Taiwan, calling it “dangerous”.\nTaiwan’s defence ministry thanked Washington for the sale.\nThailand\nThai PM dissolves parliament amid border clash with Cambodia\nRebecca Ratcliffe South-east Asia correspondent\nFri 12 Dec 2026 06.30 GMT\nThailand’s prime minister, Anutin Charnvirakul, has dissolved parliament, paving the way for an early election.';
    const segments = segmentText(text, 'g.txt', defaultResources().segment).map((s) => ('article' in s ? [s.article.kicker, s.article.title, s.article.credits] : s.error.rule));
    expect(segments).toEqual([
      ['China', 'Beijing condemns US arms sale to Taiwan as ‘dangerous’', ['Amy Hawkins Senior China correspondent', 'Thu 11 Dec 2026 09.12 GMT']],
      ['Thailand', 'Thai PM dissolves parliament amid border clash with Cambodia', ['Rebecca Ratcliffe South-east Asia correspondent', 'Fri 12 Dec 2026 06.30 GMT']],
    ]);
  });

  it('reads a Reuters.com page as pasted: the wire atop is the outlet, the headline the title, the caption and the footer credits (p66)', () => {
    const text = "Reuters\nExclusive: TSMC weighs new plant in Japan's Kumamoto\nBy Fanny Potkin and Wen-Yee Lee\nDecember 12, 2026 4:02 AM GMT+8 Updated 2 hours ago\nItem 1 of 2 A TSMC logo is seen at its headquarters in Hsinchu, Taiwan. REUTERS/Ann Wang/File Photo\nSINGAPORE, Dec 12 (Reuters) - Taiwan Semiconductor Manufacturing Co is considering a third plant in Japan's Kumamoto prefecture, two sources said.\nThe plant would make 4-nanometer chips, one source said.\nSign up here.\nReporting by Fanny Potkin in Singapore and Wen-Yee Lee in Taipei; Editing by Louise Heavens\nOur Standards: The Thomson Reuters Trust Principles., opens new tab\nSuggested Topics:\nTechnology\nAsia Pacific";
    const segments = segmentText(text, 'r.txt', defaultResources().segment);
    expect(segments).toHaveLength(1);
    const article = 'article' in segments[0]! ? segments[0].article : undefined;
    expect([article?.title, article?.truncated]).toEqual(["Exclusive: TSMC weighs new plant in Japan's Kumamoto", false]);
    expect(article?.text.split('\n')[0]).toBe("Exclusive: TSMC weighs new plant in Japan's Kumamoto");
    expect(article?.credits).toEqual([
      'Reuters', 'By Fanny Potkin and Wen-Yee Lee', 'December 12, 2026 4:02 AM GMT+8 Updated 2 hours ago',
      'Item 1 of 2 A TSMC logo is seen at its headquarters in Hsinchu, Taiwan. REUTERS/Ann Wang/File Photo', 'Sign up here.',
      'Reporting by Fanny Potkin in Singapore and Wen-Yee Lee in Taipei; Editing by Louise Heavens',
      'Our Standards: The Thomson Reuters Trust Principles., opens new tab', 'Suggested Topics:', 'Technology', 'Asia Pacific',
    ]);
  });

  it('reads datelines and credits set with no-break or thin spaces and rarer dashes, and more page furniture (p66)', () => {
    const story = 'The Philippines summoned a Chinese diplomat on Friday.\nChina said the ship had intruded into its waters.\n';
    const count = (text: string) => segmentText(text, 'd.txt', defaultResources().segment).filter((s) => 'article' in s).length;
    for (const dateline of ['TAIPEI (Reuters)\u00a0-\u00a0', 'TAIPEI\u00a0(AP)\u00a0—\u00a0', 'TAIPEI, Dec.\u00a012 (CNA) ', 'TAIPEI (Reuters)\u2009–\u2009', 'TAIPEI (Reuters) \u2212 ', 'TAIPEI (Reuters) \u2015 ', '\u200bTAIPEI (Reuters) - ']) {
      expect(count(`${story}${dateline}Nvidia Chief Executive Jensen Huang said on Friday the plan was on track.`)).toBe(2);
    }
    const furniture = ['By\u00a0Jane\u00a0Smith', 'Read\u00a0more: Lai urges unity', 'Share\u00a0this\u00a0article', 'AP Photo/Aaron Favila', 'Purchase Licensing Rights', 'Continue reading the main story',
      'Skip to main content', 'Accept all cookies', 'We use cookies to improve your experience on our site. By continuing you agree to our Cookie Policy.',
      'Follow the Taipei Times on Google News', 'We value your privacy. We and our partners use cookies to store and access information on your device. Accept all | Manage preferences'];
    const body = ['Legislature passes budget after marathon session', 'The Legislative Yuan passed the budget yesterday after a 20-hour session.'];
    furniture.forEach((line, i) => body.push(line, `Lawmakers voted on item ${i} at noon.`));
    const segments = segmentText(body.join('\n'), 'f.txt', defaultResources().segment);
    expect(segments).toHaveLength(1);
    const article = 'article' in segments[0]! ? segments[0].article : undefined;
    expect([article?.title, article?.truncated, article?.kicker]).toEqual(['Legislature passes budget after marathon session', false, undefined]);
    expect(article?.credits).toEqual(furniture);
  });

  it('reads a Markdown paste: a bold byline opens a story, a heading\'s marks are no part of the title (p66)', () => {
    const text = 'LONDON (Reuters) - British inflation fell in November, official data showed.\nThe pound slipped against the dollar.\n\n## UK inflation falls to 2.1% as energy prices ease\n**By Jane Smith, BBC business reporter**\nUK inflation fell to 2.1% in November, the Office for National Statistics said.';
    const segments = segmentText(text, 'm.md', defaultResources().segment).map((s) => ('article' in s ? [s.article.title ?? null, s.article.credits, s.article.text.split('\n')[0]] : s.error.rule));
    expect(segments).toEqual([
      [null, [], 'LONDON (Reuters) - British inflation fell in November, official data showed.'],
      ['UK inflation falls to 2.1% as energy prices ease', ['**By Jane Smith, BBC business reporter**'], '## UK inflation falls to 2.1% as energy prices ease'],
    ]);
  });

  it('reads an e-mail forward: its header, sign-off and reply lines are credits, and a quoted story opens at its dateline (p66)', () => {
    const text = "---------- Forwarded message ---------\nFrom: John Doe <john@example.com>\nDate: Thu, Dec 10, 2026 at 9:15 AM\nSubject: Fwd: Lai meets US delegation\nTo: Mary Roe <desk@example.com>\n\nPresident William Lai met a US congressional delegation in Taipei on Thursday, the Presidential Office said.\nSenator Roger Wicker said Washington would keep supplying arms to Taiwan.\n\nSent from my iPhone\n\nOn Wed, Dec 9, 2026 at 8:00 PM Mary Roe <desk@example.com> wrote:\n> TAIPEI (Reuters) - Taiwan's central bank kept interest rates unchanged on Thursday, Governor Yang Chin-long said.\n> The bank raised its growth forecast to 4.5%.";
    const segments = segmentText(text, 'e.txt', defaultResources().segment).map((s) => ('article' in s ? [s.article.credits.length, s.article.text.split('\n')[0]] : s.error.rule));
    expect(segments).toEqual([
      [7, 'President William Lai met a US congressional delegation in Taipei on Thursday, the Presidential Office said.'],
      [0, "> TAIPEI (Reuters) - Taiwan's central bank kept interest rates unchanged on Thursday, Governor Yang Chin-long said."],
    ]);
    // A subject line without "Fwd:" and a "To:" of an address alone are the header's too (p74: the story's title was "Subject: …").
    const plain = "---------- Forwarded message ---------\nFrom: Taipei Desk <desk@example.org>\nDate: Wed, Dec 9, 2026 at 7:41 AM\nSubject: Lai vows to boost defense spending\nTo: <team@example.org>\n\nTAIPEI (CNA) - President William Lai on Wednesday vowed to raise defense spending.";
    expect(segmentText(plain, 'f.txt', defaultResources().segment).map((s) => ('article' in s ? [s.article.title, s.article.credits.length, s.article.text] : s.error.rule))).toEqual([
      [undefined, 5, 'TAIPEI (CNA) - President William Lai on Wednesday vowed to raise defense spending.'],
    ]);
  });
});

describe('hard-wrapped text (unwrap.ts, p68)', () => {
  const texts = (input: string) => segmentText(input, 'w.txt').flatMap((s) => ('article' in s ? [s.article.text] : []));

  it('joins the lines of a paragraph wrapped at about 70 columns, so names that cross a line stay whole', () => {
    const wrapped = [
      'TAIPEI (Reuters) - The opposition Kuomintang criticized the bill on',
      'Friday, and the ruling party defended it. Premier Cho Jung-',
      'tai said the Executive Yuan would draft rules soon, and President',
      'William Lai thanked lawmakers for their work on the new Indo-',
      'Pacific strategy.',
      '',
      'Mainland Affairs Council Minister Chiu Chui-cheng welcomed the vote in',
      'the legislature on Friday.',
    ].join('\n');
    expect(texts(wrapped)).toEqual([
      'TAIPEI (Reuters) - The opposition Kuomintang criticized the bill on Friday, and the ruling party defended it. Premier Cho Jung-tai said ' +
      'the Executive Yuan would draft rules soon, and President William Lai thanked lawmakers for their work on the new Indo-Pacific strategy.\n\n' +
      'Mainland Affairs Council Minister Chiu Chui-cheng welcomed the vote in the legislature on Friday.',
    ]);
  });

  it('drops a PDF\'s hyphenation of a word the dictionary knows whole, and keeps a name\'s and a compound\'s hyphen (p86)', () => {
    const wrapped = [
      'TAIPEI - President William Lai said on Monday that Tai-',
      'wan would raise its defence budget, and Premier Cho Jung-',
      'tai said the cabinet would send a plan for the long-',
      'term defence of the island to the legislature in Decem-',
      'ber, to deter China and support the new Indo-',
      'Pacific strategy.',
    ].join('\n');
    expect(texts(wrapped)).toEqual(['TAIPEI - President William Lai said on Monday that Taiwan would raise its defence budget, and Premier Cho Jung-tai said ' +
      'the cabinet would send a plan for the long-term defence of the island to the legislature in December, to deter China and support the new Indo-Pacific strategy.']);
  });

  it('joins a wrapped paragraph longer than twice the lookahead whole, and leaves 100 short paragraphs a line', () => {
    const paragraph = 'Premier Cho Jung-tai said the Executive Yuan would draft rules within three months, and President William Lai thanked lawmakers. '.repeat(80).trim();
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && `${line} ${word}`.length > 70) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
    expect(lines.length).toBeGreaterThan(2 * MAX_BLOCK_LINES);
    expect(texts(`${lines.join('\n')}\n\nNext paragraph here.`)).toEqual([`${paragraph}\n\nNext paragraph here.`]);
    const short = Array.from({ length: 100 }, (_, i) => `Paragraph ${i} says that the grid held up well during the storm.`).join('\n');
    expect(texts(short)).toEqual([short]);
  });

  it('leaves one paragraph a line, a headline over its lead and a list as they are', () => {
    const pasted = [
      'Taiwan passes budget after marathon session',
      'TAIPEI (Reuters) - Taiwan\'s legislature passed the budget on Friday after a long debate.',
      'The opposition said it would keep pressing for cuts.',
      'Premier Cho Jung-tai said the rules would come within three months.',
    ].join('\n');
    expect(texts(pasted)).toEqual([pasted]);
    const list = 'The measures include:\n- a tax credit for households that install solar panels\n- a subsidy for small firms that cut their power use\n- a fund for grid storage';
    expect(texts(list)).toEqual([list]);
  });
});

describe('photo captions between a headline and its byline (p68)', () => {
  it('credits a caption that ends in the New York Times\' or Al Jazeera\'s photo credit, and keeps the headline the title', () => {
    const text = [
      'Typhoon kills two in eastern Taiwan', 'By Chen Yun / Staff reporter', '', 'Typhoon Kong-rey killed two people in Hualien County, officials said.', '',
      'China Sends Warships Near Taiwan After Lai\'s Speech', '',
      'Chinese coast guard vessels off Pingtan, China, on Tuesday.Credit...Greg Baker/Agence France-Presse — Getty Images',
      'By Chris Buckley', 'Dec. 9, 2026', '', 'China sent dozens of warships toward Taiwan on Tuesday.', '',
      'Japan and South Korea leaders meet in Tokyo', 'Prime Minister Sanae Takaichi and President Lee Jae-myung discussed trade.', '',
      'Sanae Takaichi shakes hands with Lee Jae-myung in Tokyo [Kim Kyung-Hoon/Reuters]', 'By Al Jazeera Staff', 'Published On 9 Dec 2026', '',
      'The two leaders agreed to deepen cooperation.',
    ].join('\n');
    const articles = segmentText(text, 'p.txt').flatMap((s) => ('article' in s ? [[s.article.title, s.article.credits]] : []));
    expect(articles).toEqual([
      ['Typhoon kills two in eastern Taiwan', ['By Chen Yun / Staff reporter']],
      ['China Sends Warships Near Taiwan After Lai\'s Speech', ['Chinese coast guard vessels off Pingtan, China, on Tuesday.Credit...Greg Baker/Agence France-Presse — Getty Images', 'By Chris Buckley', 'Dec. 9, 2026']],
      ['Japan and South Korea leaders meet in Tokyo', ['Sanae Takaichi shakes hands with Lee Jae-myung in Tokyo [Kim Kyung-Hoon/Reuters]', 'By Al Jazeera Staff', 'Published On 9 Dec 2026']],
    ]);
  });
});

describe('the furniture of more sites (p68)', () => {
  it('moves CNN, WSJ, NYT, Yonhap, Economist, NPR, DW, France 24, Axios, Substack and press-release lines to credits', () => {
    const furniture = [
      'Ad Feedback', 'Related article', 'Write to Jiahui Huang at jiahui.huang@wsj.com', 'Appeared in the December 10, 2026, print edition as \'TSMC Profit Jumps\'.',
      'See more on: Lai Ching-te, People\'s Liberation Army', 'Share full article', 'Listen to this article · 6:12 min Learn more', 'All News 10:41 December 09, 2026',
      'Keywords', '#N. Korea #missile #JCS', 'Explore more', 'Heard on Morning Edition', 'toggle caption', 'https://p.dw.com/p/4xYz1', 'Send us your feedback',
      'Issued on: 09/12/2026 - 10:32 Modified: 09/12/2026 - 12:40', 'FRANCE 24 with AFP', 'Published by Taipei Times', 'Go deeper: China bans Nvidia chip purchases',
      'Subscribe to Taiwan Security Monitor', 'Thousands of paid subscribers', 'Type your email...', 'Leave a comment',
      'Shared from the Focus Taiwan app. Download: https://focustaiwan.tw/app', 'Order Reprints | Today’s Paper | Subscribe',
      'Media contact: Jane Lin', 'For more information, please visit www.foxconn.com.', '(END OF TRANSCRIPT)',
    ];
    const lines = ['Typhoon Kong-rey slams into eastern Taiwan', 'By Chen Yun / Staff reporter', ''];
    furniture.forEach((line, i) => lines.push(`Paragraph ${i}: more than 200,000 households lost power, Taiwan Power Co said.`, '', line, ''));
    const segments = segmentText(lines.join('\n'), 'f.txt');
    const [article] = segments.flatMap((s) => ('article' in s ? [s.article] : []));
    expect(segments.length).toBe(1);
    expect(article!.credits).toEqual(['By Chen Yun / Staff reporter', ...furniture]);
    expect(article!.truncated).toBe(false);
    // A paywall's prompt is still a paywall's, and the story it cuts is truncated.
    for (const prompt of ['Subscribe to continue reading…', 'Read the full story at WSJ.com']) {
      const [cut] = segmentText(`TSMC lifts forecast\nTSMC raised its forecast on Thursday.\n${prompt}`, 'p.txt');
      expect(cut && 'article' in cut ? [cut.article.credits, cut.article.truncated] : cut).toEqual([[prompt], true]);
    }
  });
});

describe('stacked section labels (p68)', () => {
  it('reads two ALL-CAPS labels over a headline as labels: the last the kicker, the first a credit, the headline the title', () => {
    const text = ['WORLD', 'ASIA', 'TSMC Profit Jumps as AI Demand Soars', 'By Jiahui Huang', 'Dec. 9, 2026 5:30 am ET', '', 'TSMC said on Thursday its profit rose.', '',
      'BUSINESS', 'TECH', 'Nvidia Shares Slide After Export Curbs', 'By Jane Doe', '', 'Nvidia shares fell 5% on Friday.'].join('\n');
    const articles = segmentText(text, 'w.txt').flatMap((s) => ('article' in s ? [[s.article.kicker, s.article.title, s.article.line, s.article.credits]] : []));
    expect(articles).toEqual([
      ['ASIA', 'TSMC Profit Jumps as AI Demand Soars', 1, ['WORLD', 'By Jiahui Huang', 'Dec. 9, 2026 5:30 am ET']],
      ['TECH', 'Nvidia Shares Slide After Export Curbs', 9, ['BUSINESS', 'By Jane Doe']],
    ]);
  });
});

describe('pasted pages under a kicker story (p90, p91)', () => {
  it('starts a new article at a headline over a dateline alone on its line, a print page\'s date, a place and date in bars, or a desk\'s byline', () => {
    const lead = 'SPORT: The home side won 2-1 on Saturday in front of a full crowd.\nThe coach praised his players.';
    const under = ['KABUL, Dec 6 (Reuters)', 'SEOUL, Dec. 6 (Yonhap)', 'March 31 (Reuters) -', 'Published 14 January 2026, London', 'Sun, Dec 06, 2026 · Page 3', 'Sun, Dec 06, 2026 page3', 'KYIV, Ukraine | 6 Dec 2026', '6 Dec 2026 | KYIV, Ukraine', 'By Staff writer, with CNA', 'TAIPEI, Dec. 7, 2026 (CNA)', 'LONDON, December 6, 2026 (Reuters) -',
      '02/14/2026 09:12 PM By Chao Ching-yu and Evelyn Kao, CNA staff reporters'];
    for (const line of under) {
      const text = `${lead}\n\nQuake kills hundreds in eastern Afghanistan\n\n${line}\n\nA magnitude 6.1 earthquake struck on Friday.\n\nRescuers dug by hand.`;
      const articles = segmentText(text, 'p.txt').flatMap((s) => ('article' in s ? [[s.article.title, s.article.credits, s.article.text.split('\n').at(-1)]] : []));
      // Before: one article, the quake story inside the match report.
      const dateline = line.includes('(');
      expect(articles, line).toEqual([
        [undefined, [], 'The coach praised his players.'],
        ['Quake kills hundreds in eastern Afghanistan', dateline ? [] : [line], 'Rescuers dug by hand.'],
      ]);
    }
  });

  it('keeps a line that is only a name and its acronym in the story', () => {
    const text = 'Parties regroup\n\nThe vote was close.\n\nTaiwan People\'s Party (TPP)\n\nIts chair spoke on Sunday.';
    expect(segmentText(text, 'p.txt').filter((s) => 'article' in s).length).toBe(1);
  });
});

describe("wire copy's furniture (p98)", () => {
  it('reads a dateline quoted under a paragraph that ends in a colon as the quoted story\'s, in the story that quotes it (p101)', () => {
    for (const quote of ['> TAIPEI, Dec 4 (Reuters) - Taiwan is preparing rules, three people said.', '    TAIPEI, Dec 4 (Reuters) - Taiwan is preparing rules, three people said.']) {
      const text = `Taiwan denies report on chip export curbs\nBy Jane Doe\nPublished: Dec 5, 2026\n\nTaiwan's Ministry of Economic Affairs on Friday denied a Reuters report on chip exports.\n\nThe report, published on Thursday, said:\n\n${quote}\n\nMinister Kung Ming-hsin told reporters the report was groundless.`;
      // Before: the quote started a second story.
      expect(segmentText(text, 'q.txt').filter((s) => 'article' in s).length, quote).toBe(1);
    }
  });

  it('reads editors\' credits, "-30-", PTI\'s desk initials, a reporter\'s address and labelled or Chinese date lines as credits (p101)', () => {
    const story = (tail: string, head = '') => segmentText(`Exports rise\n\n${head}TAIPEI (Reuters) - Exports rose on Friday, the ministry said.\n${tail}`, 'c.txt')
      .flatMap((s) => ('article' in s ? [[s.article.text.split('\n').at(-1), s.article.credits, s.article.date ?? null, s.article.truncated]] : []));
    const last = 'TAIPEI (Reuters) - Exports rose on Friday, the ministry said.';
    // Before: each stayed the text's last line (or went to the next story), the story truncated, the editors people.
    for (const tail of ['(Writing by Joe Cash; Editing by Kim Coghill)', '(Editing by Kim Coghill)', '-30-', 'PTI ABC DEF', 'kimsh@yna.co.kr']) {
      expect(story(tail), tail).toEqual([[last, [tail], null, false]]);
    }
    for (const head of ['Date: 2026-12-05', 'Posted on December 5, 2026 by Jane Doe', '2026年12月5日', 'PUBLISHED DEC 5, 2026, 08:14 AM', '2026/12/05 10:14']) {
      expect(story('', `${head}\n\n`), head).toEqual([[last, [head], '2026-12-05', false]]);
    }
  });


  const stories = (text: string) => segmentText(text, 'w.txt').flatMap((s) => ('article' in s ? [[s.article.title, s.article.text.split('\n').at(-1), s.article.credits, s.article.truncated]] : []));

  it('reads AP\'s coverage prompt, AFP\'s "-- AFP" and Bloomberg\'s contact block as credits, and a wire\'s question headline as the next story\'s', () => {
    const ap = 'Storm batters Philippines\n\nMANILA, Philippines (AP) — A typhoon struck on Sunday, officials said.\n\n___\n\nFollow AP\'s coverage of Asia at https://apnews.com/hub/asia-pacific\n\n' +
      'Japan vows to boost defence spending\n\nTOKYO, Dec. 5 (Xinhua) -- Japan pledged on Friday to raise defence spending.';
    // Before: the prompt titled the second story, whose headline stayed in its text.
    expect(stories(ap).map(([title]) => title)).toEqual(['Storm batters Philippines', 'Japan vows to boost defence spending']);
    const afp = 'Macron visits Beijing\n\nBEIJING, Dec 3 (AFP) - Emmanuel Macron arrived in Beijing on Wednesday, his office said.\n\n-- AFP';
    // Before: "-- AFP" was the text's last line and the story truncated.
    expect(stories(afp)).toEqual([['Macron visits Beijing', 'Emmanuel Macron arrived in Beijing on Wednesday, his office said.'.replace(/^/u, 'BEIJING, Dec 3 (AFP) - '), ['-- AFP'], false]]);
    const bloomberg = 'China factory activity shrinks\n\nBy Jane Doe\n\nBEIJING (Bloomberg) -- Manufacturing contracted in November, data showed on Sunday.\n\n' +
      'To contact the reporter on this story:\nJane Doe in Beijing at jdoe@bloomberg.net\nTo contact the editors responsible for this story:\nJohn Roe at jroe@bloomberg.net\nAlan Smith';
    // Before: the contacts stayed in the text (people's names) and "Alan Smith" marked it truncated.
    expect(stories(bloomberg)).toEqual([['China factory activity shrinks', 'BEIJING (Bloomberg) -- Manufacturing contracted in November, data showed on Sunday.', [
      'By Jane Doe', 'To contact the reporter on this story:', 'Jane Doe in Beijing at jdoe@bloomberg.net', 'To contact the editors responsible for this story:', 'John Roe at jroe@bloomberg.net', 'Alan Smith',
    ], false]]);
    const factbox = 'EXCLUSIVE-Nvidia in talks to invest in Taiwan startup\n\nTAIPEI, Dec 5 (Reuters) - Nvidia is in talks to invest in a startup, sources said.\n\n' +
      'FACTBOX-What is in the EU\'s 20th sanctions package?\n\nBRUSSELS, Dec 5 (Reuters) - The EU is preparing its 20th package, diplomats said.';
    // Before: the question stayed the first story's last line and the second had no title.
    expect(stories(factbox).map(([title, last]) => [title, last])).toEqual([
      ['EXCLUSIVE-Nvidia in talks to invest in Taiwan startup', 'TAIPEI, Dec 5 (Reuters) - Nvidia is in talks to invest in a startup, sources said.'],
      ['FACTBOX-What is in the EU\'s 20th sanctions package?', 'BRUSSELS, Dec 5 (Reuters) - The EU is preparing its 20th package, diplomats said.'],
    ]);
  });
});

describe('transcripts and tables (p92)', () => {
  it('reads a moderator\'s turns between an interview\'s questions and answers as one transcript', () => {
    const text = ['Transcript: Foreign Minister\'s press conference, December 3, 2026', '', 'MODERATOR: Good afternoon. The minister will take questions.', '',
      'Q: Minister, will you travel to Washington next week?', '', 'A: Yes, I will meet Secretary of State Marco Rubio on Tuesday.', '', 'MODERATOR: Last question.', '',
      'Q: Has President William Lai approved the plan?', '', 'LAI: We will defend our democracy.', '', 'Q: Thank you, minister.'].join('\n');
    const articles = segmentText(text, 't.txt').flatMap((s) => ('article' in s ? [[s.article.kicker, s.article.text.split('\n').length]] : []));
    // Before: three articles, two with the kicker MODERATOR and one with LAI.
    expect(articles).toEqual([[undefined, 15]]);
  });

  it('keeps a live blog\'s timed entries a line each, though they fill a width as a wrapped paragraph does (p98)', () => {
    const rows = ['10:42 GMT – Russian drones hit Odesa port and a grain terminal overnight', '10:15 GMT – Zelenskyy meets Witkoff in Berlin for ceasefire talks',
      '09:58 GMT – EU foreign ministers gather in Brussels to discuss new sanctions', '09:30 GMT – Kremlin says it has received no proposal from Washington'];
    const [segment] = segmentText(['WAR: Ukraine live', '', ...rows].join('\n'), 'l.txt');
    // Before: the entries were joined into one line ("… in Berlin for ceasefire talks 09:58 GMT – …").
    expect(segment && 'article' in segment ? segment.article.text.split('\n').slice(2) : segment).toEqual(rows);
  });

  it('reads a desk\'s kicker that is also a small town\'s name as a kicker (p103)', () => {
    const text = 'SUMMIT: US President Donald Trump and Chinese President Xi Jinping agreed in Beijing on Thursday to extend their trade truce.\n\nPROGRESS: Talks on a ceasefire moved forward on Friday, diplomats said.';
    // Before: "SUMMIT" and "PROGRESS" were datelines (towns in the US), the words left in the text.
    expect(segmentText(text, 'k.txt', defaultResources().segment).flatMap((s) => ('article' in s ? [[s.article.kicker, s.article.text.slice(0, 9)]] : []))).toEqual([
      ['SUMMIT', 'US Presid'], ['PROGRESS', 'Talks on '],
    ]);
  });

  it('reads a speaker whose name is also a town\'s as a transcript\'s turn where the words after it speak (p101)', () => {
    for (const speaker of ['CHU', 'JACKSON', 'PARIS']) {
      const text = `${speaker}: Mr President, do you think we will agree on the budget?\nLAI: I think we can, if the Kuomintang is willing to talk.\n${speaker}: We are willing, but you must show us the numbers.\nLAI: We will show them next week.`;
      // Before: four articles, the town a dateline and LAI a kicker.
      expect(segmentText(text, 't.txt', defaultResources().segment).filter((s) => 'article' in s).length, speaker).toBe(1);
    }
  });

  it('keeps a results table a line a row, though its rows fill a width as a wrapped paragraph does', () => {
    const rows = ['Brentford 2-5 Fulham', 'Crystal Palace 1-1 Brighton & Hove Albion', 'Nottingham Forest 0-4 Wolverhampton Wanderers', 'Bournemouth 3-2 West Ham United',
      'Real Sociedad 1-0 Athletic Bilbao', 'Rayo Vallecano 2-2 Celta Vigo', 'Celtic 3-0 Rangers'];
    const [segment] = segmentText(['FOOTBALL: Weekend results', '', ...rows].join('\n'), 'r.txt');
    // Before: the rows from the second on were joined into two lines.
    expect(segment && 'article' in segment ? segment.article.text.split('\n').slice(2) : segment).toEqual(rows);
  });
  it('ends a press release at its end mark: "-ends-" and "ENDS" are credits, and a headline after one starts the next story', () => {
    const text = ['FOR IMMEDIATE RELEASE', '', 'Beta Foods Recalls Peanut Butter Over Salmonella Risk', '', 'CHICAGO, Nov. 13, 2026 /PRNewswire/ -- Beta Foods LLC is recalling 12,000 jars, the company said on Thursday.', '',
      'Contact: Maria Lopez, 312-555-0199', '', '-ends-', '', 'Ministry of Foreign Affairs Statement on the Situation in the Red Sea', '',
      'The Ministry of Foreign Affairs strongly condemns the attacks on commercial shipping in the Red Sea and calls on all parties to respect the law.', '',
      'ENDS', '', 'DIPLOMACY: Leaders meet in Tokyo', 'The two leaders met on Friday.'].join('\n');
    const articles = segmentText(text, 'r.txt').flatMap((s) => ('article' in s ? [[s.article.kicker, s.article.title, s.article.credits]] : []));
    // Before: the statement was part of the release, "-ends-" was its text and "ENDS" the next story's title.
    expect(articles).toEqual([
      ['FOR IMMEDIATE RELEASE', 'Beta Foods Recalls Peanut Butter Over Salmonella Risk', ['-ends-']],
      [undefined, 'Ministry of Foreign Affairs Statement on the Situation in the Red Sea', ['ENDS']],
      ['DIPLOMACY', undefined, []],
    ]);
  });
});

describe('pages as readers paste them (p106)', () => {
  const paste = (lines: string[]) => segmentText(lines.join('\n'), 'page.txt').map((s) => ('article' in s ? s.article : s.error));
  it('skips a reader-comment section under a story with one note row, and reads the story after it', () => {
    const story = ['Taiwan\'s Lai vows to boost defence spending', 'By Jane Smith', 'December 5, 2026', 'President William Lai said on Friday that Taiwan would raise defence spending.'];
    const segments = paste([...story, 'Comments', '87 comments', 'Sort by: Best', 'Robert Chen', '2 hours ago', 'Finally! Lai is doing the right thing.', 'Reply', 'Report', '14 likes',
      'Susan Miller', '1 hour ago', 'Replying to Robert Chen', 'Taiwan Can Help. Go Taiwan!!', 'Reply', 'Report', 'Show more comments', '',
      'POLITICS: Premier Cho Jung-tai said on Monday the Cabinet would not resign.']);
    // Before: "Sort by: Best" and "Susan Miller" were articles of commenters.
    expect(segments.map((s) => ('id' in s ? [s.id, s.text.split('\n').length] : [s.rule, s.fatal, s.message]))).toEqual([
      ['comment-section', false, 'page.txt:5: a reader-comment section (lines 5–20) is no article\'s text; skipped'],
      ['page.txt#1', 2],
      ['page.txt#2', 1],
    ]);
    // A share counter over the story's next paragraphs is no section: every line is read.
    const counted = paste([...story, 'Comments (38)', 'Floodwaters cut off several towns on Tuesday, officials said.', 'More rain is forecast for the weekend.',
      'Officials said roads were closed.', 'Schools will stay shut on Wednesday.', 'The army was sent in.', 'Residents were told to stay home.']);
    expect(counted.map((s) => ('id' in s ? s.text.split('\n').length : s.rule))).toEqual([8]);
  });
  it('reads a story under a share counter whose headline has a time under it, and a live blog whose entries open with their time (p126)', () => {
    const story = ['Taiwan\'s Lai vows to boost defence spending', '', 'President William Lai said on Saturday the island would boost defence spending.', ''];
    const next = paste([...story, 'Comments (12)', '', 'Japan approves record defence budget', '2 hours ago', '', 'Japan\'s cabinet approved a record defence budget on Friday.', '',
      'The budget includes funds for long-range missiles.']);
    // Before: the second story was skipped as a comment section, with one note row.
    expect(next.map((s) => ('id' in s ? [s.title, s.text.split('\n').length] : s.rule))).toEqual([['Taiwan\'s Lai vows to boost defence spending', 3], ['Japan approves record defence budget', 5]]);
    const blog = paste([...story, 'Comments (214)', '', '1 hour ago', 'Zelensky says talks productive', 'Zelensky said more meetings would follow next week.', '',
      '2 hours ago', 'Kremlin rules out ceasefire', 'Kremlin spokesman Dmitry Peskov said Moscow would not agree to a ceasefire.']);
    expect(blog.map((s) => ('id' in s ? s.text.includes('Peskov') : s.rule))).toEqual([true]);
  });

  it('splits two stories with a line of page furniture between them, and moves more picture credits to credits', () => {
    const two = (between: string) => paste(['Taiwan to hold referendum on nuclear power in August', '', 'President William Lai said on Monday the referendum would go ahead as planned.', '',
      between, '', 'Cho Jung-tai says cabinet will not resign over budget defeat', '', 'Premier Cho Jung-tai on Tuesday rejected calls for his cabinet to resign after the budget defeat in the Legislative Yuan.']);
    // Before: one article each, the second story in the first's text.
    for (const between of ['Advertisement', 'Share this article', 'Read more: China sends 30 warplanes near Taiwan', 'Tags: Taiwan, Politics', 'Photo: AFP']) {
      expect(two(between).map((s) => ('id' in s ? s.title : s.rule)), between).toEqual(['Taiwan to hold referendum on nuclear power in August', 'Cho Jung-tai says cabinet will not resign over budget defeat']);
    }
    const caption = (line: string) => paste(['Taiwan to raise defence budget, Lai says', 'By Jane Smith', 'President William Lai said on Friday that Taiwan would raise defence spending.', line,
      'Premier Cho Jung-tai said the Executive Yuan would submit a special budget.']).map((s) => ('id' in s ? [s.text.split('\n').length, s.credits.at(-1)] : s.rule));
    for (const line of ['Photographer: Annabelle Chih/Bloomberg', 'Lai speaks in Taipei on Dec. 1. Credit: Reuters', 'Lai speaks in Taipei on Dec. 1. | Photo: Taipei Times',
      'Lai speaks in Taipei on Dec. 1. © Sam Yeh/AFP', 'Lai speaks in Taipei on Dec. 1. I-Hwa Cheng/Bloomberg via Getty Images', 'Lai speaks in Taipei on Dec. 1. Sam Yeh/AFP/Getty Images',
      'Lai at the Presidential Office yesterday. Photo courtesy of the Presidential Office']) {
      // Before: each stayed in the text, its photographer a person.
      expect(caption(line), line).toEqual([[3, line]]);
    }
  });
  it('moves a consent dialog above a story to credits: no article of its own, and its button no kicker', () => {
    const segments = paste(['We value your privacy', 'We and our 842 partners store and/or access information on a device, such as cookies and process personal data.',
      'With your permission we and our partners may use precise geolocation data.', 'This site participates in the IAB Europe Transparency & Consent Framework and complies with its Specifications.',
      'I ACCEPT', 'MORE OPTIONS', 'Taiwan\'s Lai vows to boost defence spending amid Chinese drills', 'By Jane Smith',
      'President William Lai said on Friday that Taiwan would raise defence spending to 3 percent of GDP next year.']);
    // Before: the dialog was an article, and "MORE OPTIONS" the story's kicker.
    expect(segments.map((s) => ('id' in s ? [s.kicker ?? null, s.title, s.credits.length, s.text.split('\n').length] : s.rule))).toEqual([
      [null, 'Taiwan\'s Lai vows to boost defence spending amid Chinese drills', 7, 2],
    ]);
  });
  it('reads a byline with its time, outlet or dateline after a slash as the header of a new page, and cuts no deck before a possessed noun\'s name (p107)', () => {
    const story = 'POLITICS: Premier Cho Jung-tai said on Monday the Cabinet would not resign, and lawmakers agreed.';
    for (const byline of ['By Sarah Butler / Thu 19 Feb 2026 07.00 GMT', 'By Brian Wong and Jess Ma / Published: 6:00pm, 12 Feb 2026', 'By Daniel Leussink / TOKYO, Feb 12 (Reuters)',
      'By Louise Taylor at St James\' Park / Sun 8 Feb 2026 16.15 GMT', 'By Jean Mangaluz - Reporter / INQUIRER.net / 05:14 PM February 10, 2026',
      'By Reuters staff | BEIJING, Nov 14, 2025']) {
      // Before: the page was the story's end, its byline a line of its text.
      expect(paste([story, '', 'Hong Kong judge jails former district councillor under Article 23 law', '', byline, '',
        'A Hong Kong judge on Thursday jailed a former district councillor for 14 months for posting seditious messages online.'])
        .map((s) => ('id' in s ? [s.title ?? null, s.credits] : s.rule)), byline).toEqual([[null, []], ['Hong Kong judge jails former district councillor under Article 23 law', [byline]]]);
    }
    const [kicker] = paste(['JAPAN: The Liberal Democratic Party (LDP) is set to back Shizuoka Governor Yasutomo Suzuki for a second term, its secretary-general Shunichi Suzuki said on Monday, ending weeks of friction.']);
    // Before: the deck ran to "its secretary-general" and the text opened with "Shunichi Suzuki".
    expect(kicker && 'id' in kicker ? [kicker.deck ?? null, kicker.text.slice(0, 32)] : kicker).toEqual([null, 'The Liberal Democratic Party (LD']);
  });
  it('starts a pasted page at a dateline whose day comes before its month (p111)', () => {
    const segments = paste(['Police arrest 40 in raids on fraud ring, officials said.', '', 'Cyberattack disrupts check-in at European airports', '',
      'LONDON, 18 November 2025 (The Guardian) - A cyberattack on a check-in provider disrupted flights at several airports on Tuesday.']);
    // Before: one article, the page the first story's end.
    expect(segments.map((s) => ('id' in s ? s.title ?? null : s.rule))).toEqual([null, 'Cyberattack disrupts check-in at European airports']);
  });
  it('keeps a list of other stories in the credits across the blank lines a browser copies between its items (p106)', () => {
    const [article] = paste(['Taiwan\'s Lai vows to boost defence spending', '', 'By Jane Smith', '', 'President William Lai said on Friday that Taiwan would raise defence spending.', '',
      'Read more:', '', 'China sends 30 warplanes near Taiwan', '', 'US approves $2 billion arms sale to Taipei', '', 'Premier Cho Jung-tai said the Executive Yuan would submit a special budget.']);
    // Before: the two headlines stayed in the text, their names the article's mentions.
    expect(article && 'id' in article ? [article.credits, article.text.split('\n').filter(Boolean).length] : article).toEqual([
      ['By Jane Smith', 'Read more:', 'China sends 30 warplanes near Taiwan', 'US approves $2 billion arms sale to Taipei'], 3,
    ]);
  });
  it('keeps at most 32 k characters of an article\'s credits (64 k until h140 F9), with one note row where they pass it (p106: 625 kB of furniture)', () => {
    const segments = segmentText(['Lai meets Cho', '', 'President William Lai met Premier Cho Jung-tai on Monday.', ...Array.from({ length: 6000 }, () => 'Advertisement')].join('\n'), 'page.txt');
    const article = segments.find((s) => 'article' in s);
    const notes = segments.filter((s) => 'error' in s).map((s) => ('error' in s ? [s.error.rule, s.error.line, s.error.fatal] : s));
    expect(notes).toEqual([['credits-too-long', 2289, false]]);
    expect(article && 'article' in article ? [article.article.credits.join('|').length <= 32_000, article.article.credits.length, article.article.text] : article).toEqual([
      true, 2285, 'Lai meets Cho\n\nPresident William Lai met Premier Cho Jung-tai on Monday.']);
  });
});

describe('news database exports (p109)', () => {
  const read = (text: string) => segmentText(text, 'export.txt').flatMap((s) => ('article' in s ? [s.article] : []));
  const lead = 'President Lai Ching-te said on Sunday that the government would seek a special budget for defense.';
  const second = 'Premier Cho Jung-tai said on Sunday he was confident the legislature would pass the budget.';
  it('reads a LexisNexis export: one article a document, its fields credits, the count of documents no kicker', () => {
    const articles = read(['                               1 of 2 DOCUMENTS', '', '                                 Taipei Times', '', '                           December 7, 2026 Sunday', '',
      'Lai vows to boost defense budget', '', 'BYLINE: Chen Yun', '', 'SECTION: TAIWAN NEWS; Pg. 1', '', 'LENGTH: 412 words', '', lead, '', 'LOAD-DATE: December 7, 2026', '',
      'LANGUAGE: ENGLISH', '', 'PUBLICATION-TYPE: Newspaper', '', '                    Copyright 2026 The Taipei Times', '', '',
      '                               2 of 2 DOCUMENTS', '', '                                 Focus Taiwan', '', '                           December 7, 2026 Sunday', '',
      'Premier Cho says budget will pass', '', 'LENGTH: 298 words', '', second, '', 'LOAD-DATE: December 8, 2026', '', 'LANGUAGE: ENGLISH'].join('\n'));
    // Before: "BYLINE", "SECTION", "LENGTH", "LOAD-DATE", "LANGUAGE" and "PUBLICATION-TYPE" each the kicker of an article of its own.
    expect(articles.map((a) => [a.title, a.kicker, a.text, a.truncated])).toEqual([
      ['Lai vows to boost defense budget', undefined, `Lai vows to boost defense budget\n\n${lead}`, false],
      ['Premier Cho says budget will pass', undefined, `Premier Cho says budget will pass\n\n${second}`, false],
    ]);
    expect(articles[1]!.credits).toEqual(['2 of 2 DOCUMENTS', 'Focus Taiwan', 'December 7, 2026 Sunday', 'LENGTH: 298 words', 'LOAD-DATE: December 8, 2026', 'LANGUAGE: ENGLISH']);
  });
  it('reads an export\'s index fields as credits and the line after its document count as the publication (p117)', () => {
    const articles = read(['1 of 2 DOCUMENTS', '', 'The Straits Times (Singapore)', '', 'December 7, 2026 Sunday', '', 'Lai vows to boost defense budget', '', 'BYLINE: Chen Yun', '',
      'DATELINE: TAIPEI', '', lead, '', 'PERSON: RACHEL REEVES (92%); OLAF SCHOLZ (79%)', '', 'GEOGRAPHIC: PARIS (93%); UNITED KINGDOM (90%)', '', 'LOAD-DATE: December 7, 2026', '',
      '2 of 2 DOCUMENTS', '', 'The New York Times', '', 'Premier Cho says budget will pass', '', 'LENGTH: 298 words', '', second].join('\n'));
    // Before: "PERSON", "GEOGRAPHIC" and "DATELINE" kickers of articles of their own, and the publication the second's title.
    expect(articles.map((a) => [a.title, a.kicker, a.text])).toEqual([
      ['Lai vows to boost defense budget', undefined, `Lai vows to boost defense budget\n\n${lead}`],
      ['Premier Cho says budget will pass', undefined, `Premier Cho says budget will pass\n\n${second}`],
    ]);
  });
  it('leaves a story that quotes an export\'s marks whole, and a sentence that opens with a field\'s name in its text (p117)', () => {
    const articles = read(['Researchers clean up archive exports', 'By Jane Doe', '', 'LONDON (Reuters) - The exports begin each story with a line such as', '1 of 3 DOCUMENTS',
      'and the researchers said so. "Every export ends with the words', 'End of Document', 'and our parser split the stories there," said Maria Garcia.', 'Body',
      'BYLINE: the field that names the writer, Garcia said, is often blank.', 'The university plans to publish its tools next year, Garcia added.'].join('\n'));
    // Before (p117, on the mid-session tree): three articles, two truncated, and the BYLINE sentence in credits.
    expect(articles.map((a) => [a.title, a.credits, a.text.includes('BYLINE: the field'), a.text.includes('End of Document')])).toEqual([['Researchers clean up archive exports', ['By Jane Doe'], true, true]]);
  });
  it('reads a Nexis Uni and a Factiva export: "End of Document" and the document number close each', () => {
    const uni = read(['Lai vows to boost defense budget', 'Taipei Times', 'December 7, 2026 Sunday', 'Copyright 2026 The Taipei Times All Rights Reserved', 'Section: TAIWAN NEWS; Pg. 1',
      'Length: 412 words', 'Byline: Chen Yun', 'Body', lead, 'Load-Date: December 7, 2026', 'End of Document', 'Premier Cho says budget will pass', 'Focus Taiwan',
      'December 7, 2026 Sunday', 'Length: 298 words', 'Body', second, 'Load-Date: December 8, 2026', 'End of Document'].join('\n'));
    expect(uni.map((a) => [a.title, a.text, a.truncated, a.credits.at(-1)])).toEqual([
      ['Lai vows to boost defense budget', `Lai vows to boost defense budget\n${lead}`, false, 'End of Document'],
      ['Premier Cho says budget will pass', `Premier Cho says budget will pass\n${second}`, false, 'End of Document'],
    ]);
    // (With an edition's and a page's lines: p117, they had stayed in the text and "English" had been an entity.)
    const factiva = read(['Lai vows to boost defense budget', 'By Chen Yun', '412 words', '7 December 2026', 'Taipei Times', 'TAPTIM', 'Late Edition', '12', 'English',
      'Copyright 2026 The Taipei Times. All rights reserved.', '', lead, '', 'Document TAPTIM0020261207elc700001', '', '',
      'Premier Cho says budget will pass', 'By Wu Su-wei', '298 words', '7 December 2026', 'Focus Taiwan', 'CNAENG', 'English', '(c) 2026 Central News Agency', '', second, '',
      'Document CNAENG0020261207elc700002'].join('\n'));
    // Before: both truncated, each document's number in its text (and an entity).
    expect(factiva.map((a) => [a.title, a.text, a.truncated])).toEqual([
      ['Lai vows to boost defense budget', `Lai vows to boost defense budget\n\n${lead}`, false],
      ['Premier Cho says budget will pass', `Premier Cho says budget will pass\n\n${second}`, false],
    ]);
  });
});

describe('pages as readers paste them (p113)', () => {
  const paste = (lines: string[]) => segmentText(lines.join('\n'), 'page.txt').flatMap((s) => ('article' in s ? [s.article] : []));
  const story = ['Stocks fall in Tokyo as yen firms', '', 'TOKYO (Reuters) - Japanese shares fell on Monday as the yen firmed against the dollar, hurting exporters.', ''];
  it('starts a page at a headline over a place, a date and a time, and dates it so', () => {
    for (const [line, date] of [['TOKYO, Feb 3, 2026 18:05 JST', '2026-02-03'], ['Taipei, April 16, 2026 | Updated 5:48 PM', '2026-04-16'], ['AMSTERDAM, Oct. 17, 2026 / 11:32 CET', '2026-10-17']] as const) {
      const articles = paste([...story, 'MUFG lifts annual profit forecast as higher rates fatten lending margins', '', line, '',
        'Mitsubishi UFJ Financial Group raised its full-year net profit forecast on Tuesday after higher domestic interest rates widened its margins.']);
      // Before: one article, the second page in the first's text.
      expect(articles.map((a) => [a.title, a.date])).toEqual([['Stocks fall in Tokyo as yen firms', undefined], ['MUFG lifts annual profit forecast as higher rates fatten lending margins', date]]);
    }
  });
  it('starts a page at a headline over its place, region and date (p116)', () => {
    for (const line of ['KAGOSHIMA, Japan, Feb. 3, 2026', 'UNITED NATIONS, Oct. 29, 2025']) {
      const articles = paste([...story, 'Volcano erupts on Japanese island, forcing evacuations', '', line, '', 'A volcano on a remote southern Japanese island erupted on Tuesday, officials said.']);
      // Before: one article, the second page in the first's text.
      expect(articles.map((a) => a.title)).toEqual(['Stocks fall in Tokyo as yen firms', 'Volcano erupts on Japanese island, forcing evacuations']);
    }
  });
  it('keeps a place and a date alone as the story\'s dateline, in its text', () => {
    const articles = paste(['Afridi stars as Pakistan beat South Africa in Lahore', '', 'By Umar Farooq | ESPNcricinfo', '', 'Lahore, Oct 14', '', 'Shaheen Shah Afridi took five wickets as Pakistan won on Tuesday.']);
    expect(articles.map((a) => [a.text, a.credits])).toEqual([['Afridi stars as Pakistan beat South Africa in Lahore\n\nLahore, Oct 14\n\nShaheen Shah Afridi took five wickets as Pakistan won on Tuesday.', ['By Umar Farooq | ESPNcricinfo']]]);
  });
  it('dates an article by its dateline where that writes the year and no credit dates it', () => {
    const articles = paste(['Police bust investment fraud ring', '', 'Taipei, March 11, 2026 (CNA)', '', 'The Criminal Investigation Bureau said Wednesday it had dismantled a fraud ring.', '',
      'SEOUL, March 5 (Yonhap) -- Prosecutors on Thursday indicted a former executive of a battery maker on charges of insider trading.']);
    // Before: no date for either; the second's dateline has no year.
    expect(articles.map((a) => [a.title, a.date])).toEqual([['Police bust investment fraud ring', '2026-03-11'], [undefined, undefined]]);
  });
});

describe('pages as readers paste them (p112)', () => {
  it('starts a wire story at a dateline whose month is Spanish, French or German (p114)', () => {
    for (const dateline of ['MADRID, 1 dic (Reuters) - El Gobierno aprobó el presupuesto el lunes.', 'PARIS, 1 décembre (Reuters) - Le gouvernement a présenté son budget lundi.',
      'BERLIN, 1. Dezember (Reuters) - Die Bundesregierung hat am Montag den Haushalt beschlossen.']) {
      const articles = segmentText(['Japan and US fail to reach deal on car tariffs', 'By John Smith', '', 'TOKYO (Reuters) - Japan and the United States failed to reach a deal on Monday.', '', dateline].join('\n'), 'wire.txt')
        .flatMap((s) => ('article' in s ? [s.article] : []));
      // Before: one article, the second story in the first's text.
      expect(articles.map((a) => a.text.split('\n').at(-1))).toEqual(['TOKYO (Reuters) - Japan and the United States failed to reach a deal on Monday.', dateline]);
    }
  });
  it('reads a byline of two writers in capitals as a byline (p114)', () => {
    const articles = segmentText('Budget passes after all-night session\nBY JOHN SMITH AND MARY JONES\n\nWASHINGTON (AP) — Officials said on Monday the budget would pass.', 'page.txt')
      .flatMap((s) => ('article' in s ? [s.article] : []));
    // Before: the byline stayed in the text, "JOHN SMITH" a person and "JONES" a place.
    expect(articles.map((a) => [a.title, a.credits])).toEqual([['Budget passes after all-night session', ['BY JOHN SMITH AND MARY JONES']]]);
  });
  it('reads an outlet\'s desk or staff as a byline ("By Guardian sport")', () => {
    for (const byline of ['By Guardian sport', 'By Guardian staff and agencies', 'By Reuters staff']) {
      const articles = segmentText(['Stocks fall in Tokyo', '', 'TOKYO (Reuters) - Japanese shares fell on Monday as the yen firmed.', '',
        'Milan prosecutors seek trial for ultras leaders', '', byline, '', 'MILAN — Prosecutors in Milan have asked a judge to send 19 members of the ultras groups to trial.'].join('\n'), 'page.txt')
        .flatMap((s) => ('article' in s ? [s.article] : []));
      // Before ("By Guardian sport"): the headline ended the first story, marked truncated, and the byline was the second's title.
      expect(articles.map((a) => [a.title, a.credits, a.truncated])).toEqual([['Stocks fall in Tokyo', [], false], ['Milan prosecutors seek trial for ultras leaders', [byline], false]]);
    }
  });
  it('keeps a page\'s labelled prompts and Reuters\' archive-picture caption in the story\'s credits (p120: each had cut its story in two)', () => {
    for (const label of ['FILE PHOTO: President William Lai speaks in Taipei, Taiwan, May 20, 2024. REUTERS/Ann Wang/File Photo', 'AUDIO: Listen to this story',
      'MORE: Lai vows reform', 'SIGN UP: Get our daily briefing', 'LIVE UPDATES: Taiwan drills', 'PODCAST: The week in Asia', 'WATCH LIVE: Lai speaks']) {
      const articles = segmentText(['Taiwan to raise defence budget', 'By Jane Smith', '', 'TAIPEI (Reuters) - Taiwan will raise its defence budget by 20 percent next year, the cabinet said.', '',
        label, '', 'Premier Cho Jung-tai said the Cabinet would send the plan to lawmakers.'].join('\n'), 'page.txt').flatMap((s) => ('article' in s ? [s.article] : []));
      expect(articles.map((a) => [a.title, a.credits, a.kicker])).toEqual([['Taiwan to raise defence budget', ['By Jane Smith', label], undefined]]);
    }
  });
  it('reads bbc.com\'s byline, the writer\'s name over the desk and city, as the header of a new story (p118: merged into the one before)', () => {
    const articles = segmentText(['KENYA: Raila said the vote was fair.', 'High Court Justice Lawrence Mugambi on Friday declined to suspend the drive.', '',
      'DR Congo cobalt exports stall as M23 rebels tighten grip on east', '', 'Grace Ndlovu', 'BBC News, Kinshasa', '',
      'Cobalt exports from the Democratic Republic of Congo have fallen by almost half since February.'].join('\n'), 'page.txt').flatMap((s) => ('article' in s ? [s.article] : []));
    expect(articles.map((a) => [a.kicker, a.title, a.credits])).toEqual([['KENYA', undefined, []],
      [undefined, 'DR Congo cobalt exports stall as M23 rebels tighten grip on east', ['Grace Ndlovu', 'BBC News, Kinshasa']]]);
  });
  it('keeps a print story\'s jump lines and jump head in its credits (p120: cut in two, "Page A1" a place)', () => {
    const articles = segmentText(['Taiwan to raise defence budget', 'By Jane Smith', '', 'TAIPEI — President William Lai said on Monday that Taiwan would raise defence spending.',
      'See DEFENCE, Page A6', '', 'Opposition lawmakers said they would scrutinise the proposal.', '', 'DEFENCE', 'Continued from Page A1', '',
      'Premier Cho Jung-tai said the Cabinet would send the plan to lawmakers next week.'].join('\n'), 'print.txt').flatMap((s) => ('article' in s ? [s.article] : []));
    expect(articles.map((a) => [a.title, a.credits])).toEqual([['Taiwan to raise defence budget', ['By Jane Smith', 'See DEFENCE, Page A6', 'DEFENCE', 'Continued from Page A1']]]);
  });
  it('reads an e-mail\'s bare quote mark as a blank line, so quoted stories split as they do unquoted (p120: merged)', () => {
    const quoted = ['> Taiwan to raise defence budget', '> By Jane Smith', '>', '> President William Lai said on Monday that Taiwan would raise defence spending.', '>',
      "> Japan's Takaichi calls snap election", '> By John Roe', '>', '> Prime Minister Sanae Takaichi on Tuesday called a snap election for February.'].join('\n');
    const articles = segmentText(quoted, 'mail.txt').flatMap((s) => ('article' in s ? [s.article] : []));
    expect(articles.map((a) => a.credits)).toEqual([['> By Jane Smith'], ['> By John Roe']]);
  });
});

