/** Training-time source of gazetteer lists: the lexicon of the `compromise` package, snapshotted into the model. */
import nlp from 'compromise';

/** One named list of lower-case phrases. */
export interface PhraseList {
  name: string;
  phrases: string[];
}

/** Gazetteer lists and the compromise lexicon tags (or switch tags) they gather. */
const LIST_TAGS: ReadonlyArray<{ name: string; tags: string[] }> = [
  { name: 'country', tags: ['Country'] },
  { name: 'city', tags: ['City'] },
  { name: 'region', tags: ['Region'] },
  { name: 'place-abbreviation', tags: ['Place'] },
  { name: 'first-name', tags: ['FirstName', 'MaleName', 'FemaleName'] },
  { name: 'last-name', tags: ['LastName'] },
  { name: 'person', tags: ['Person'] },
  { name: 'ambiguous-name', tags: ['Person|Noun', 'Person|Place', 'Person|Adj', 'Person|Verb', 'Person|Date'] },
  { name: 'proper-noun', tags: ['ProperNoun'] },
  { name: 'demonym', tags: ['Demonym'] },
  { name: 'organization', tags: ['Organization'] },
  { name: 'sports-team', tags: ['SportsTeam'] },
  { name: 'honorific', tags: ['Honorific'] },
  { name: 'role', tags: ['Actor'] },
  { name: 'currency', tags: ['Currency'] },
  { name: 'month', tags: ['Month'] },
  { name: 'weekday', tags: ['WeekDay'] },
];

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]>; frozenLex?: Record<string, string> };
  two: { switches: Record<string, string>; orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

/** Returns the gazetteer lists extracted from compromise's lexicon, each sorted and de-duplicated. */
export function compromiseLists(): PhraseList[] {
  const model = nlp.model() as unknown as CompromiseModel;
  const byTag = new Map<string, Set<string>>();
  const add = (tag: string, phrase: string): void => {
    if (!byTag.has(tag)) byTag.set(tag, new Set());
    byTag.get(tag)!.add(phrase);
  };
  for (const [phrase, tags] of Object.entries(model.one.lexicon)) for (const tag of [tags].flat()) add(tag, phrase);
  for (const [phrase, tag] of Object.entries(model.one.frozenLex ?? {})) add(tag, phrase);
  for (const [phrase, tag] of Object.entries(model.two.switches)) add(tag, phrase);
  const lists = LIST_TAGS.map(({ name, tags }) => ({
    name,
    phrases: sortedUnique(tags.flatMap((tag) => [...(byTag.get(tag) ?? [])])),
  }));
  lists.push({ name: 'organization-word', phrases: sortedUnique(Object.keys(model.two.orgWords)) });
  lists.push({ name: 'place-word', phrases: sortedUnique(Object.keys(model.two.placeWords)) });
  return lists;
}

/** Returns the phrases lower-cased, de-duplicated and sorted by code unit. */
function sortedUnique(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map((p) => p.toLowerCase().trim()).filter((p) => p.length > 0))].sort();
}
