/**
 * Entity-resolution eval on AIDA CoNLL-YAGO (../shared/eval/aida): B-cubed precision, recall and F1
 * of mention clusters within each document, against gold clusters (mentions linked to one Wikipedia
 * title). NIL mentions have no gold cluster and are left out. Scored twice: on the gold mention
 * spans (resolution alone) and on the pipeline's own mentions (recognition + resolution), next to
 * an exact-string baseline that clusters mentions with identical text.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { ArticleResult, EntityType, Mention } from '../model/index.js';
import { processArticle, type Resources } from '../pipeline.js';
import { resolveResults } from '../stages/resolve.js';
import { evalArticle, markdownTable, percent, readJsonl, secondsSince } from './eval-score.js';

const aidaDocSchema = z.object({
  id: z.string(),
  text: z.string(),
  mentions: z.array(z.object({
    start: z.number(), end: z.number(), text: z.string(), type: z.enum(['PER', 'ORG', 'LOC', 'MISC']),
    entity: z.string().nullable(), crossesSentence: z.boolean(),
  })),
});
type AidaDoc = z.output<typeof aidaDocSchema>;
type GoldMention = AidaDoc['mentions'][number] & { entity: string };

const TYPE_OF: Record<GoldMention['type'], EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  mentions: number;
}

/**
 * Returns B³ over the items of one or more documents: `gold[i]` and `predicted[i]` are the cluster
 * labels of item i (labels only compare within the same `doc[i]`).
 */
export function bCubed(doc: string[], gold: string[], predicted: string[]): BCubed {
  const key = (d: string, label: string) => `${d}\u0000${label}`;
  const goldSize = new Map<string, number>();
  const predictedSize = new Map<string, number>();
  const both = new Map<string, number>();
  doc.forEach((d, i) => {
    const g = key(d, gold[i]!);
    const p = key(d, predicted[i]!);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predictedSize.set(p, (predictedSize.get(p) ?? 0) + 1);
    both.set(`${g}\u0001${p}`, (both.get(`${g}\u0001${p}`) ?? 0) + 1);
  });
  let precision = 0;
  let recall = 0;
  doc.forEach((d, i) => {
    const g = key(d, gold[i]!);
    const p = key(d, predicted[i]!);
    const shared = both.get(`${g}\u0001${p}`)!;
    precision += shared / predictedSize.get(p)!;
    recall += shared / goldSize.get(g)!;
  });
  const n = doc.length || 1;
  const [p, r] = [precision / n, recall / n];
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), mentions: doc.length };
}

function goldMentionsOf(doc: AidaDoc): GoldMention[] {
  return doc.mentions.filter((m): m is GoldMention => m.entity !== null && !m.crossesSentence);
}

/** The pipeline's per-article findings with its mentions replaced by the gold spans (resolution alone). */
function withGoldSpans(doc: AidaDoc, resources: Resources): ArticleResult {
  const result = processArticle(evalArticle(doc.id, 'aida', doc.text), resources);
  const mentions: Mention[] = goldMentionsOf(doc).map((m) => ({
    articleId: doc.id, start: m.start, end: m.end, text: m.text, type: TYPE_OF[m.type], entityId: '', sentence: 0,
    kind: /^\p{Lu}{2,}$/u.test(m.text) ? 'acronym' : 'name', method: 'gold', confidence: 1,
  }));
  return { ...result, mentions };
}

export interface ResolveReport {
  split: string;
  documents: number;
  goldSpans: { gazette: BCubed; exactString: BCubed };
  endToEnd: { gazette: BCubed; exactString: BCubed; matched: number };
  seconds: number;
}

/** Scores resolution on `aida/<split>.jsonl` under `dataDir`. */
export function evaluateResolve(dataDir: string, split: string, resources: Resources): ResolveReport {
  const started = performance.now();
  const docs = readJsonl(join(dataDir, 'aida', `${split}.jsonl`), aidaDocSchema);

  const goldRun = docs.map((doc) => withGoldSpans(doc, resources));
  resolveResults(goldRun, resources.gazetteer, resources.lexicon);
  const columns = { doc: [] as string[], gold: [] as string[], ours: [] as string[], exact: [] as string[] };
  goldRun.forEach((result, d) => {
    // Resolve may add mentions (family names the run knows), so gold mentions are found by their span, not their index.
    const bySpan = new Map(result.mentions.map((m) => [`${m.start}:${m.end}`, m]));
    goldMentionsOf(docs[d]!).forEach((m, i) => {
      columns.doc.push(docs[d]!.id);
      columns.gold.push(m.entity);
      columns.ours.push(bySpan.get(`${m.start}:${m.end}`)?.entityId || `unlinked:${i}`);
      columns.exact.push(m.text);
    });
  });

  const predictedRun = docs.map((doc) => processArticle(evalArticle(doc.id, 'aida', doc.text), resources));
  resolveResults(predictedRun, resources.gazetteer, resources.lexicon);
  const end = { ours: [] as string[], exact: [] as string[] };
  let matched = 0;
  predictedRun.forEach((result, d) => {
    const bySpan = new Map(result.mentions.map((m) => [`${m.start}:${m.end}`, m]));
    goldMentionsOf(docs[d]!).forEach((m, i) => {
      const found = bySpan.get(`${m.start}:${m.end}`);
      if (found) matched++;
      end.ours.push(found ? found.entityId : `missed:${i}`);
      end.exact.push(found ? found.text : `missed:${i}`);
    });
  });

  return {
    split, documents: docs.length,
    goldSpans: { gazette: bCubed(columns.doc, columns.gold, columns.ours), exactString: bCubed(columns.doc, columns.gold, columns.exact) },
    endToEnd: { gazette: bCubed(columns.doc, columns.gold, end.ours), exactString: bCubed(columns.doc, columns.gold, end.exact), matched },
    seconds: secondsSince(started),
  };
}

function row(name: string, b: BCubed): string[] {
  return [name, percent(b.precision), percent(b.recall), `**${percent(b.f1)}**`];
}

/** Returns the markdown section of a resolve report. */
export function formatResolveReport(report: ResolveReport): string {
  const header = ['clustering', 'B³ P', 'B³ R', 'B³ F1'];
  return [
    `## Entity resolution — AIDA CoNLL-YAGO ${report.split} (B-cubed over linked mentions, within each document)`,
    '',
    `${report.documents} documents, ${report.goldSpans.gazette.mentions} linked gold mentions (NIL mentions left out); ${report.seconds.toFixed(1)} s.`,
    '',
    'On the gold mention spans (resolution alone):',
    '',
    markdownTable(header, [row('gazette resolve', report.goldSpans.gazette), row('exact string (baseline)', report.goldSpans.exactString)]),
    '',
    `On gazette's own mentions (a gold mention the pipeline did not find exactly is a singleton; ${report.endToEnd.matched} of ${report.goldSpans.gazette.mentions} found):`,
    '',
    markdownTable(header, [row('gazette resolve', report.endToEnd.gazette), row('exact string (baseline)', report.endToEnd.exactString)]),
  ].join('\n');
}
