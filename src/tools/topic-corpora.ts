/**
 * The texts `fit-topics` learns from, read at run time and never copied into the repository:
 *
 * - train (term specificity): the Reuters-21578 ModApte TRAIN stories and the BBC files 201+ that the
 *   topic eval set (../shared/eval/topics, `convert.mjs`) did not take for dev or test, labelled by the
 *   same mapping; and OntoNotes 5.0 + CoNLL-2003 train as unlabelled general news.
 * - dev (thresholds): the topic eval dev split and the hand-labelled news dev set (../shared/eval/news).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { compareText } from '../text/codepoints.js';
import { readJsonl } from './eval-score.js';

/** A text with the topic ids that apply (`labels`) among the ones its source can judge (`scope`). */
export interface LabelledText {
  id: string;
  source: string;
  text: string;
  labels: string[];
  scope: string[];
}

export const labelledTextSchema = z.object({
  id: z.string(), source: z.string(), text: z.string(), labels: z.array(z.string()), scope: z.array(z.string()),
});

/** One Reuters-21578 story as `convert.mjs` reads it. */
interface ReutersStory {
  newid: number;
  attrs: Record<string, string>;
  topics: string[];
  textType: string;
  title: string;
  dateline: string;
  body: string;
}

// The topic eval set's mapping (../shared/eval/topics/README.md): the Reuters energy codes, less pet-chem.
const REUTERS_ENERGY = ['crude', 'fuel', 'gas', 'heat', 'jet', 'naphtha', 'nat-gas', 'propane'];
const BBC_LABELS: Record<string, string[]> = { business: ['economy'], tech: ['technology'], entertainment: [], politics: [], sport: [] };
/** BBC files up to this number are the eval set's dev (1–100) and test (101–200). */
const BBC_EVAL_LAST = 200;

/** Returns a Reuters body with the hard wraps undone (a paragraph starts on an indented line) and the sign-off dropped. */
function unwrapReutersBody(body: string): string {
  return body.replace(/\s*Reuters?\s*$/u, '').replace(/\n\s{2,}/gu, '\u0001').replace(/\s+/gu, ' ').replaceAll('\u0001', '\n').trim();
}

/** Returns the Reuters ModApte TRAIN stories with a topic code and a full body that the eval's dev split did not take. */
async function reutersTrain(reutersDir: string, dataDir: string, evalIds: Set<string>): Promise<LabelledText[]> {
  const converter = await import(pathToFileURL(join(dataDir, 'topics', 'convert.mjs')).href) as { readReutersFile(path: string): ReutersStory[] };
  const texts: LabelledText[] = [];
  for (let n = 0; n <= 21; n++) {
    for (const story of converter.readReutersFile(join(reutersDir, `reut2-${String(n).padStart(3, '0')}.sgm`))) {
      const id = `reuters21578-${story.newid}`;
      if (story.attrs.LEWISSPLIT !== 'TRAIN' || story.attrs.TOPICS !== 'YES' || story.topics.length === 0) continue;
      if (story.textType !== 'NORMAL' || story.body.trim() === '' || story.title === '' || evalIds.has(id)) continue;
      const labels = ['economy'];
      if (story.topics.some((t) => REUTERS_ENERGY.includes(t))) labels.push('energy');
      if (story.topics.includes('trade')) labels.push('trade');
      const text = `${story.title}\n${story.dateline ? `${story.dateline} ` : ''}${unwrapReutersBody(story.body)}`;
      texts.push({ id, source: 'reuters21578', text, labels: labels.sort(), scope: ['economy', 'energy', 'trade'] });
    }
  }
  return texts.sort((a, b) => compareText(a.id, b.id));
}

/** Returns the BBC articles numbered above 200 in each category folder, less any text the eval set already holds. */
function bbcTrain(bbcDir: string, evalTexts: Set<string>): LabelledText[] {
  const texts: LabelledText[] = [];
  for (const [category, labels] of Object.entries(BBC_LABELS).sort()) {
    for (const file of readdirSync(join(bbcDir, category)).filter((f) => /^\d{3}\.txt$/u.test(f)).sort()) {
      if (Number(file.slice(0, 3)) <= BBC_EVAL_LAST) continue;
      const bytes = readFileSync(join(bbcDir, category, file));
      let raw: string;
      try {
        raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        raw = bytes.toString('latin1');
      }
      const text = raw.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '').join('\n');
      if (text === '' || evalTexts.has(collapsed(text))) continue;
      evalTexts.add(collapsed(text));
      texts.push({ id: `bbc-${category}-${file.slice(0, 3)}`, source: 'bbc', text, labels, scope: ['economy', 'technology'] });
    }
  }
  return texts;
}

function collapsed(text: string): string {
  return text.replace(/\s+/gu, ' ').toLowerCase();
}

/** Returns OntoNotes 5.0 and CoNLL-2003 train documents as unlabelled general news (no topic in scope). */
function generalNews(dataDir: string): LabelledText[] {
  const schema = z.object({ id: z.string(), text: z.string() });
  return ['ontonotes', 'conll2003'].flatMap((corpus) =>
    readJsonl(join(dataDir, corpus, 'train.jsonl'), schema).map((d) => ({ id: d.id, source: corpus, text: d.text, labels: [], scope: [] })));
}

/** Returns the train texts: labelled Reuters and BBC stories outside the eval splits, then unlabelled general news. */
export async function readTopicTrain(dataDir: string, reutersDir: string, bbcDir: string): Promise<LabelledText[]> {
  const evalRecords = ['dev', 'test'].flatMap((split) => readJsonl(join(dataDir, 'topics', `${split}.jsonl`), labelledTextSchema));
  const reuters = await reutersTrain(reutersDir, dataDir, new Set(evalRecords.map((r) => r.id)));
  const bbc = bbcTrain(bbcDir, new Set(evalRecords.filter((r) => r.source === 'bbc').map((r) => collapsed(r.text))));
  return [...reuters, ...bbc, ...generalNews(dataDir)];
}

/** Returns the topic eval records of one split (../shared/eval/topics/<split>.jsonl). */
export function readTopicSplit(dataDir: string, split: string): LabelledText[] {
  return readJsonl(join(dataDir, 'topics', `${split}.jsonl`), labelledTextSchema);
}
