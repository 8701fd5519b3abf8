import { z } from 'zod';
import type { EntityType } from '../model/index.js';
import { readJsonFile } from '../io/validation.js';
import { loadKnownPlaceNames } from './gazetteer.js';

// A company nominal: one or two lower-case words, hyphens inside ("start-up", "telecom operator").
const COMPANY_NOMINAL = /^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)?$/u;

const entityType = z.enum(['person', 'organization', 'place', 'law', 'other']);

const lexiconSchema = z.object({
  titles: z.array(z.string().min(1)),
  roleWords: z.array(z.string().min(1)),
  nominalTitles: z.array(z.string().min(1)),
  organizationHeads: z.array(z.string().min(1)),
  organizationPrefixes: z.array(z.string().min(1)),
  clubPrefixes: z.array(z.string().min(1)).default([]),
  lawHeads: z.array(z.string().min(1)),
  placeHeads: z.array(z.string().min(1)),
  facilityHeads: z.array(z.string().min(1)),
  surnameSpellings: z.record(z.string(), z.array(z.string().min(1))),
  termAcronyms: z.array(z.string().min(1)),
  nominalInstitutions: z.array(z.string().min(1)),
  bodyNominals: z.array(z.string().regex(/^\p{Ll}+(?:-\p{Ll}+)?(?: \p{Ll}+)?$/u, 'a body nominal is one or two lower-case words (the first may be hyphenated)')).default([]),
  companyNominals: z.array(z.string().regex(COMPANY_NOMINAL, 'a company nominal is one or two lower-case words')).default([]),
  bodySynonyms: z.record(z.string().regex(/^\p{Ll}+$/u, 'a body synonym is one lower-case word'), z.array(z.string().min(1))).default({}),
  companyKinds: z.record(z.string().regex(/^\p{Ll}+$/u, 'a kind of company is one lower-case word'), z.object({
    nominals: z.array(z.string().regex(COMPANY_NOMINAL, 'a company nominal is one or two lower-case words')),
    words: z.array(z.string().regex(/^\p{Lu}/u, 'a kind\'s name word is capitalized')),
  })).default({}),
  companyKindOnly: z.array(z.string().regex(COMPANY_NOMINAL, 'a company nominal is one or two lower-case words')).default([]),
  interjections: z.array(z.string().min(1)),
  stormWords: z.array(z.string().min(1)),
  possessiveNames: z.array(z.string().min(1)),
  demonyms: z.array(z.string().min(1)),
  regionDemonyms: z.record(z.string().regex(/^\p{Lu}/u, 'a demonym is capitalized'), z.string().min(1)).default({}),
  acronyms: z.record(z.string(), entityType),
  knownNames: z.record(z.string().regex(/^(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N} .,'’&-]*$/u, 'a known name is capitalized words (and numbers: "S&P 500"; or a camel-case word: "xAI")'), entityType),
  seatsOfGovernment: z.array(z.string().min(1)),
});

/** The word lists of `pipelines/lexicon.json`, as sets for lookup. */
export interface Lexicon {
  titles: Set<string>;
  roleWords: Set<string>;
  /** Titles that, after "the", refer to one person: "the premier", "the US president". */
  nominalTitles: Set<string>;
  organizationHeads: Set<string>;
  organizationPrefixes: string[];
  /** First words of sports clubs' names ("Real Sociedad", "Sporting Braga"): such a name is an organization, whatever the model typed it. */
  clubPrefixes: Set<string>;
  lawHeads: Set<string>;
  /** Last words that make a capitalized name a place: "Hsinchu City", "Gongliao District". */
  placeHeads: Set<string>;
  /** Place heads that outweigh the model's organization type: "Fourth Nuclear Power Plant" (not "Manchester City"). */
  facilityHeads: Set<string>;
  /** Customary English spellings of Chinese family names, lower-cased, by the Han family name. */
  surnameSpellings: Map<string, Set<string>>;
  /** Acronyms of ordinary terms ("AI", "GDP"): never a name unless the article pairs one with a name. */
  termAcronyms: Set<string>;
  /** Institution words that, alone after "the", name no particular body: "the Cabinet", "the Government". */
  nominalInstitutions: Set<string>;
  /**
   * Words that, lower-case after "the", stand for a body the article named with that word: "the council" for the Taipei
   * City Council, "the act" for the Anti-Infiltration Act; two words for a body named with both ("the county government"
   * for the Yunlin County Government). Resolve links them to that body.
   */
  bodyNominals: Set<string>;
  /** Words that, lower-case after "the", stand for a company the article named: "the company", "the chipmaker", "the asset manager". */
  companyNominals: Set<string>;
  /** A body's name → the nominal words that name it without its words ("Executive Yuan" → "cabinet"). */
  bodySynonyms: Map<string, string[]>;
  /** A company nominal → the kinds of company it names ("carrier" → airline, shipping, telecom). */
  companyKindsByNominal: Map<string, string[]>;
  /** A word of a company's name → the kinds of company it makes it ("Airways" → airline). */
  companyKindsByWord: Map<string, string[]>;
  /** Company nominals that name only a company of their kinds, never one of no kind ("the carrier" is no Lockheed Martin). */
  companyKindOnly: Set<string>;
  /** Words of speech that are never a name, whatever the case ("Mm", "Uh", "Yeah"): transcripts open sentences with them. */
  interjections: Set<string>;
  /** Words that open a storm's name ("Typhoon Gaemi", "Hurricane Rita"): the name is an event (other), not a person. Longest first. */
  stormWords: string[];
  /** Names whose own form ends in a possessive ("Moody's", "McDonald's"), with a straight apostrophe: the ’s stays in them. */
  possessiveNames: Set<string>;
  demonyms: Set<string>;
  /** Demonyms of places that are no country → the place ("European" → Europe, "Calabrian" → Calabria). */
  regionDemonyms: Map<string, string>;
  acronyms: Map<string, EntityType>;
  /** Names of many words the model's training data leaves unmarked but news names ("Wall Street"), by type. */
  knownNames: Map<string, EntityType>;
  /** Capitals that stand for their government when they act ("Beijing says"): then organizations. */
  seatsOfGovernment: Set<string>;
  /** One regex matching any known name as whole words (undefined when there is none). */
  knownNamePattern: RegExp | undefined;
  /** Places of the gazetteer the model's lists may lack: countries ("Eswatini"), overrides.json's regions ("Kinmen"), areas, exonyms and place aliases ("Khan Younis"). */
  places: Set<string>;
}

/** Reads and validates a lexicon file; throws an Error naming the file and the bad field. */
export function loadLexicon(path: string, gazetteerDir?: string): Lexicon {
  const data = readJsonFile(path, lexiconSchema);
  // A known name with an apostrophe is known with a curly one too ("Lunar New Year’s Eve").
  const knownNames = new Map(Object.entries(data.knownNames).flatMap(([name, type]) => (name.includes("'") ? [[name, type], [name.replace(/'/gu, '’'), type]] : [[name, type]])));
  return {
    titles: new Set(data.titles.map((t) => t.toLowerCase())),
    roleWords: new Set(data.roleWords.map((t) => t.toLowerCase())),
    nominalTitles: new Set(data.nominalTitles),
    organizationHeads: new Set(data.organizationHeads),
    organizationPrefixes: data.organizationPrefixes,
    clubPrefixes: new Set(data.clubPrefixes),
    lawHeads: new Set(data.lawHeads),
    placeHeads: new Set(data.placeHeads),
    facilityHeads: new Set(data.facilityHeads),
    termAcronyms: new Set(data.termAcronyms),
    nominalInstitutions: new Set(data.nominalInstitutions),
    bodyNominals: new Set(data.bodyNominals),
    companyNominals: new Set(data.companyNominals),
    bodySynonyms: synonymsByName(data.bodySynonyms),
    companyKindsByNominal: kindsBy(data.companyKinds, 'nominals'),
    companyKindsByWord: kindsBy(data.companyKinds, 'words'),
    companyKindOnly: new Set(data.companyKindOnly),
    interjections: new Set(data.interjections),
    stormWords: [...data.stormWords].sort((a, b) => b.length - a.length),
    possessiveNames: new Set(data.possessiveNames.map((n) => n.replace(/’/gu, "'"))),
    surnameSpellings: new Map(Object.entries(data.surnameSpellings).map(([han, spellings]) => [han, new Set(spellings.map((s) => s.toLowerCase()))])),
    demonyms: new Set([...data.demonyms, ...Object.keys(data.regionDemonyms)]),
    regionDemonyms: new Map(Object.entries(data.regionDemonyms)),
    acronyms: new Map(Object.entries(data.acronyms)),
    knownNames,
    seatsOfGovernment: new Set(data.seatsOfGovernment),
    knownNamePattern: knownNamePattern([...knownNames.keys()]),
    places: gazetteerDir === undefined ? new Set() : loadKnownPlaceNames(gazetteerDir),
  };
}

/** Returns a regex for the names as whole words, longest first, or undefined for none. */
function knownNamePattern(names: string[]): RegExp | undefined {
  if (names.length === 0) return undefined;
  const alternatives = [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Returns the text with the characters a regex gives a meaning escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The bodies' names, each with the nominal words that name it ("cabinet": ["Executive Yuan"] → "Executive Yuan" → ["cabinet"]). */
function synonymsByName(synonyms: Record<string, string[]>): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const [word, names] of Object.entries(synonyms)) for (const name of names) byName.set(name, [...(byName.get(name) ?? []), word]);
  return byName;
}

/** Each nominal or name word of the kinds of company → the kinds that list it, in the file's order. */
function kindsBy(kinds: Record<string, { nominals: string[]; words: string[] }>, field: 'nominals' | 'words'): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const [kind, lists] of Object.entries(kinds)) for (const word of lists[field]) byWord.set(word, [...(byWord.get(word) ?? []), kind]);
  return byWord;
}
