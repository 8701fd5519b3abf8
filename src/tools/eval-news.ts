/**
 * The modern-news eval (../shared/eval/news: 40 recent articles labelled by hand): span P/R/F1 per
 * CoNLL type, gold names found per type, bilingual (`William Lai (賴清德)`) and acronym
 * (`Democratic Progressive Party (DPP)`) pairs linked, and topic P/R/F1. The 40 articles are
 * resolved as one run, the way a user's folder would be.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { ArticleResult, Entity } from '../model/index.js';
import { processArticle, type Resources } from '../pipeline.js';
import { resolveResults } from '../stages/resolve.js';
import {
  countCells, emptyCounts, evalArticle, integer, markdownTable, percent, readJsonl, scoreCells, scoresOf, secondsSince,
  sumCounts, type Counts,
} from './eval-score.js';
import { CONLL_TYPE_OF, CONLL_TYPES, type ConllType } from './eval-ner.js';
import { scoreNewsTopics } from './eval-topics.js';

const LIST_TYPES = [['people', 'person'], ['organizations', 'organization'], ['places', 'place']] as const;

const spansSchema = z.object({
  id: z.string(),
  text: z.string(),
  entities: z.array(z.object({ start: z.number(), end: z.number(), type: z.enum(CONLL_TYPES), text: z.string() })),
});
const goldSchema = z.object({
  file: z.string(),
  people: z.array(z.string()),
  organizations: z.array(z.string()),
  places: z.array(z.string()),
  bilingual: z.array(z.object({ en: z.string(), zh: z.string(), type: z.string() })),
  acronyms: z.array(z.object({ short: z.string(), long: z.string(), type: z.string() })),
  topics: z.array(z.string()),
});
type SpansDoc = z.output<typeof spansSchema>;
type GoldDoc = z.output<typeof goldSchema>;

/** Found/total of one kind of gold item, with the items that were not found. */
export interface Tally {
  found: number;
  total: number;
  missed: string[];
}

export interface NewsReport {
  documents: number;
  spans: Record<ConllType, Counts>;
  spanErrors: { missed: string[]; spurious: string[] };
  names: Record<'people' | 'organizations' | 'places', Tally>;
  bilingual: Tally;
  acronyms: Tally;
  acronymsOfEntities: Tally;
  topics: Counts;
  /** `gold → predicted` pairs of a wrong topic beside a gold one, most frequent first. */
  topicConfusion: [string, number][];
  seconds: number;
}

function emptyTally(): Tally {
  return { found: 0, total: 0, missed: [] };
}

function count(tally: Tally, found: boolean, item: string): void {
  tally.total++;
  if (found) tally.found++;
  else tally.missed.push(item);
}

/** Names compare without case and with straight and curly apostrophes alike ("TAIPEI" is Taipei, People’s is People's). */
function fold(name: string): string {
  return name.toLowerCase().replace(/[’‘]/gu, "'");
}

/** Every name an entity answers to, folded. */
function namesOf(entity: Entity): Set<string> {
  return new Set([entity.name, ...entity.aliases].map(fold));
}

function spanKey(start: number, end: number, type: ConllType): string {
  return `${start}:${end}:${type}`;
}

function tallySpans(doc: SpansDoc, result: ArticleResult, report: NewsReport): void {
  const gold = new Map(doc.entities.map((e) => [spanKey(e.start, e.end, e.type), e]));
  const predicted = new Map<string, { text: string; type: ConllType }>();
  for (const m of result.mentions) {
    if (m.kind === 'nominal') continue;
    const type = CONLL_TYPE_OF[m.type];
    predicted.set(spanKey(m.start, m.end, type), { text: m.text, type });
  }
  for (const [key, p] of predicted) {
    if (gold.has(key)) report.spans[p.type].tp++;
    else {
      report.spans[p.type].fp++;
      report.spanErrors.spurious.push(`${doc.id} "${p.text}" ${p.type}`);
    }
  }
  for (const [key, g] of gold) {
    if (predicted.has(key)) continue;
    report.spans[g.type].fn++;
    report.spanErrors.missed.push(`${doc.id} "${g.text}" ${g.type}`);
  }
}

/** A gold list name is found when a mention of its type in the article has it as its text, or its entity's name or alias. */
function tallyNames(gold: GoldDoc, result: ArticleResult, entities: Map<string, Entity>, report: NewsReport): void {
  for (const [list, type] of LIST_TYPES) {
    const known = new Set<string>();
    for (const m of result.mentions) {
      if (m.type !== type) continue;
      known.add(fold(m.text));
      const entity = entities.get(m.entityId);
      if (entity) for (const name of namesOf(entity)) known.add(name);
    }
    for (const name of gold[list]) count(report.names[list], known.has(fold(name)), `${gold.file} ${name}`);
  }
}

/** Returns true when one entity of the run answers to both names, and holds `han` as its Han name or a Han alias. */
function linkedBilingual(entities: Entity[], en: string, han: string): boolean {
  return entities.some((e) => (e.zh === han || e.aliases.includes(han)) && namesOf(e).has(fold(en)));
}

function linkedAcronym(entities: Entity[], short: string, long: string): boolean {
  return entities.some((e) => [e.name, ...e.aliases].includes(short) && namesOf(e).has(fold(long)));
}

/** Runs the pipeline over `news/` under `dataDir` (one run, resolved together) and scores it. */
export function evaluateNews(dataDir: string, resources: Resources): NewsReport {
  const started = performance.now();
  const docs = readJsonl(join(dataDir, 'news', 'spans.jsonl'), spansSchema);
  const golds = readJsonl(join(dataDir, 'news', 'gold.jsonl'), goldSchema);
  if (docs.length !== golds.length) throw new Error(`news: ${docs.length} span records but ${golds.length} gold records`);
  const results = docs.map((doc) => processArticle(evalArticle(doc.id, 'news', doc.text), resources));
  const { entities } = resolveResults(results, resources.gazetteer, resources.lexicon);
  const byId = new Map(entities.map((e) => [e.id, e]));

  const report: NewsReport = {
    documents: docs.length,
    spans: Object.fromEntries(CONLL_TYPES.map((t) => [t, emptyCounts()])) as Record<ConllType, Counts>,
    spanErrors: { missed: [], spurious: [] },
    names: { people: emptyTally(), organizations: emptyTally(), places: emptyTally() },
    bilingual: emptyTally(),
    acronyms: emptyTally(),
    acronymsOfEntities: emptyTally(),
    topics: emptyCounts(),
    topicConfusion: [],
    seconds: 0,
  };
  docs.forEach((doc, i) => {
    const gold = golds[i]!;
    if (gold.file !== `${doc.id}.txt`) throw new Error(`news: gold record ${i + 1} is ${gold.file}, spans record is ${doc.id}`);
    const result = results[i]!;
    tallySpans(doc, result, report);
    tallyNames(gold, result, byId, report);
    for (const pair of gold.bilingual) count(report.bilingual, linkedBilingual(entities, pair.en, pair.zh), `${gold.file} ${pair.en} = ${pair.zh}`);
    for (const pair of gold.acronyms) {
      const linked = linkedAcronym(entities, pair.short, pair.long);
      count(report.acronyms, linked, `${gold.file} ${pair.short} = ${pair.long}`);
      if (pair.type !== 'other') count(report.acronymsOfEntities, linked, `${gold.file} ${pair.short} = ${pair.long}`);
    }
  });
  const topics = scoreNewsTopics(golds.map((gold, i) => ({ labels: gold.topics, predicted: results[i]!.topics })), resources);
  report.topics = sumCounts([...topics.counts.values()]);
  report.topicConfusion = [...topics.confusion].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  report.seconds = secondsSince(started);
  return report;
}

function tallyRow(name: string, tally: Tally): string[] {
  return [name, integer(tally.found), integer(tally.total), percent(tally.total === 0 ? 0 : tally.found / tally.total)];
}

function examples(items: string[], limit = Number(process.env.GAZETTE_EVAL_EXAMPLES ?? 40)): string {
  const shown = items.slice(0, limit).join('; ');
  return items.length > limit ? `${shown}; … (${items.length - limit} more)` : shown || '—';
}

/** Returns the markdown section of a news report. */
export function formatNewsReport(report: NewsReport): string {
  const spanRows = CONLL_TYPES.map((t) => [t, ...scoreCells(scoresOf(report.spans[t])), ...countCells(report.spans[t])]);
  const micro = sumCounts(CONLL_TYPES.map((t) => report.spans[t]));
  spanRows.push(['**micro (all 4)**', ...scoreCells(scoresOf(micro)), ...countCells(micro)]);
  const linkRows = [
    tallyRow('people found', report.names.people),
    tallyRow('organizations found', report.names.organizations),
    tallyRow('places found', report.names.places),
    tallyRow('bilingual pairs linked', report.bilingual),
    tallyRow('acronym pairs linked (all)', report.acronyms),
    tallyRow('acronym pairs linked (entities only)', report.acronymsOfEntities),
  ];
  const missedNames = [...report.names.people.missed, ...report.names.organizations.missed, ...report.names.places.missed];
  return [
    `## Modern news — ../shared/eval/news (${report.documents} articles, one run)`,
    '',
    `Spans: exact span + type; nominal mentions left out; person→PER, organization→ORG, place→LOC, law and other→MISC. ${report.seconds.toFixed(1)} s.`,
    '',
    markdownTable(['type', 'P', 'R', 'F1', 'TP', 'FP', 'FN'], spanRows),
    '',
    'Names and links (a gold name is found when a mention of its type has it as its text or its entity\'s name or alias; ' +
      'a pair is linked when one entity answers to both sides, the Han side as its `zh` or a Han alias):',
    '',
    markdownTable(['', 'found', 'gold', '%'], linkRows),
    '',
    markdownTable(['topics', 'P', 'R', 'F1', 'TP', 'FP', 'FN'], [['micro', ...scoreCells(scoresOf(report.topics)), ...countCells(report.topics)]]),
    '',
    `Missed spans: ${examples(report.spanErrors.missed)}`,
    '',
    `Spurious spans: ${examples(report.spanErrors.spurious)}`,
    '',
    `Names not found: ${examples(missedNames)}`,
    '',
    `Bilingual pairs not linked: ${examples(report.bilingual.missed)}`,
    '',
    `Acronym pairs not linked: ${examples(report.acronyms.missed)}`,
    '',
    `Wrong topics beside a gold one (per topic: \`npm run eval -- --task topics\`): ${examples(report.topicConfusion.map(([pair, n]) => (n > 1 ? `${pair} ×${n}` : pair)))}`,
  ].join('\n');
}
