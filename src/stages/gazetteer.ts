import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../io/validation.js';
import { memoizeByName } from '../text/name-memo.js';

/** Where a place is: ISO country code, coordinates and population (none for a region) and the gazetteer's name for it. */
export interface PlaceInfo {
  name: string;
  country: string;
  lat?: number;
  lon?: number;
  population?: number;
}

/** The offline gazetteer: countries (names, aliases, demonyms, Chinese names) and cities. */
export interface Gazetteer {
  /** A country or city by any of its names; countries win over cities. */
  place(name: string): PlaceInfo | undefined;
  /** The country a demonym belongs to ("Taiwanese" → TW). */
  demonymCountry(word: string): string | undefined;
  /** Cities in other countries with the name `place` gives, big enough to be meant (`namesakes.tsv`): Newcastle, New South Wales. */
  namesakes(name: string): readonly PlaceInfo[];
  /** A country by its ISO 3166-1 alpha-2 code. */
  country(code: string): PlaceInfo | undefined;
  /** Conventional family-name spellings (李 → Lee). */
  surnames: Record<string, string>;
  /** The full name of an organization a short name stands for everywhere ("Fed" → "Federal Reserve"). */
  organization(name: string): string | undefined;
  /** The country of an organization the overrides name in full, when it is one country's ("Centers for Disease Control and Prevention" → US). */
  organizationCountry(name: string): string | undefined;
  /** True for a party the overrides know by a name of its that ends in "Party" ("Kuomintang": the Chinese Nationalist Party). */
  isParty(name: string): boolean;
}

const overridesSchema = z.object({
  $comment: z.string().optional(),
  places: z.record(z.string(), z.string()),
  countryAliases: z.record(z.string(), z.array(z.string())),
  surnames: z.record(z.string(), z.string()),
  organizations: z.record(z.string(), z.string()).optional(),
  organizationCountries: z.record(z.string(), z.string()).optional(),
  demonyms: z.record(z.string(), z.array(z.string())).optional(),
  regions: z.record(z.string(), z.array(z.string())).optional(),
  areas: z.array(z.string()).optional(),
  exonyms: z.record(z.string(), z.string()).optional(),
});

/** A place name without diacritics and apostrophes: "Kandahār" and "Ryazan’" are written Kandahar and Ryazan in English news. */
function foldPlaceName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’'ʼʻ]/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
}

function tsvRows(path: string): string[][] {
  return readFileSync(path, 'utf8').trimEnd().split('\n').slice(1).map((line) => line.split('\t'));
}

/**
 * Taiwan's townships and districts (`taiwan.tsv`, from Chunghwa Post's list): each with its county, Han name and
 * other spellings ("Xinzhuang": Hsinchuang, Sinjhuang). None when the file is absent.
 */
function taiwanAreas(dir: string): { name: string; county: string; zh: string; aliases: string[] }[] {
  const path = join(dir, 'taiwan.tsv');
  if (!existsSync(path)) return [];
  return tsvRows(path).map(([name, county, zh, aliases]) => ({ name: name!, county: county!, zh: zh!, aliases: aliases ? aliases.split('|') : [] }));
}

const ADMINISTRATIVE_UNIT = /^(\p{Lu}[\p{L}'’. -]*?) (?:County|City|Province|State|Prefecture|Region|Municipality|Oblast|Governorate)$/u;

/**
 * The names of countries (`countries.tsv`, with their English aliases: "Eswatini", "Kingdom of Eswatini") and the
 * places `overrides.json` lists (regions, areas, exonyms, aliases of places): small reads, for threads that never
 * load the gazetteer's towns.
 */
export function loadKnownPlaceNames(dir: string): Set<string> {
  const overrides = readJsonFile(join(dir, 'overrides.json'), overridesSchema);
  const countries = tsvRows(join(dir, 'countries.tsv')).flatMap(([, name, , , aliases]) => [name!, ...aliases!.split('|')]).filter((n) => /^\p{Lu}[\p{Script=Latin}\p{M} .'’-]+$/u.test(n));
  const taiwan = taiwanAreas(dir).flatMap((area) => [area.name, ...area.aliases]);
  const countryAliases = Object.values(overrides.countryAliases).flat().filter((n) => /^\p{Lu}[\p{Script=Latin}\p{M} .'’-]+$/u.test(n));
  return new Set([...countries, ...countryAliases, ...Object.values(overrides.regions ?? {}).flat(), ...(overrides.areas ?? []), ...Object.keys(overrides.exonyms ?? {}), ...Object.keys(overrides.places), ...taiwan]);
}

/** Loads `countries.tsv`, `places.tsv` and `overrides.json` from a gazetteer directory. */
export function loadGazetteer(dir: string): Gazetteer {
  const overrides = readJsonFile(join(dir, 'overrides.json'), overridesSchema);
  const places = new Map<string, PlaceInfo>();
  // Names written with diacritics or apostrophes, by their folded form: the most populous place of each.
  const folded = new Map<string, PlaceInfo>();
  for (const [name, country, lat, lon, population] of tsvRows(join(dir, 'places.tsv'))) {
    const info = { name: name!, country: country!, lat: Number(lat), lon: Number(lon), population: Number(population) };
    places.set(name!, info);
    if (!/[^\x00-\x7f]|'/u.test(name!)) continue;
    const key = foldPlaceName(name!);
    const seen = folded.get(key);
    if (key !== name && (seen === undefined || info.population > seen.population!)) folded.set(key, info);
  }
  // Taiwan's townships and districts the cities lack, by every spelling and by their Han name: one place each
  // (Hsinchuang is Xinzhuang), in Taiwan, no coordinates. A city of the rows keeps its name (Banqiao, Puli).
  for (const area of taiwanAreas(dir)) {
    const info = places.get(area.name)?.country === 'TW' ? places.get(area.name)! : { name: area.name, country: 'TW' };
    for (const name of [area.name, ...area.aliases, area.zh]) {
      const seen = places.get(name);
      if (seen === undefined || (seen.country !== 'TW' && (seen.population ?? 0) < 100_000)) places.set(name, info);
    }
  }
  // A region outranks a namesake town: "Florida" is the state, not Florida, Cuba.
  for (const [code, names] of Object.entries(overrides.regions ?? {})) for (const name of names) places.set(name, { name, country: code });
  // Continents and world regions are no namesake town ("Asia" had been a town in the Philippines).
  for (const area of overrides.areas ?? []) {
    places.delete(area);
    folded.delete(area);
  }
  // An English name of a city the rows write in its own language is that city, named in English: Geneva is Genève.
  for (const [english, target] of Object.entries(overrides.exonyms ?? {})) {
    const info = places.get(target);
    if (info) places.set(english, { ...info, name: english });
  }
  for (const [alias, target] of Object.entries(overrides.places)) {
    const info = places.get(target);
    if (info) places.set(alias, info);
  }
  const namesakes = new Map<string, PlaceInfo[]>();
  const namesakesFile = join(dir, 'namesakes.tsv');
  for (const [name, country, lat, lon, population] of existsSync(namesakesFile) ? tsvRows(namesakesFile) : []) {
    const list = namesakes.get(name!) ?? [];
    list.push({ name: name!, country: country!, lat: Number(lat), lon: Number(lon), population: Number(population) });
    namesakes.set(name!, list);
  }
  const countries = new Map<string, PlaceInfo>();
  const demonyms = new Map<string, string>();
  const byCode = new Map<string, PlaceInfo>();
  for (const [code, name, lat, lon, aliases, demonymList, zh] of tsvRows(join(dir, 'countries.tsv'))) {
    const info = { name: name!, country: code!, lat: Number(lat), lon: Number(lon) };
    byCode.set(code!, info);
    for (const alias of [name!, ...aliases!.split('|'), ...zh!.split('|')]) if (alias) countries.set(alias, info);
    // Rows list UN members first: the first country to claim a demonym keeps it.
    for (const demonym of demonymList!.split('|')) if (demonym && !demonyms.has(demonym)) demonyms.set(demonym, code!);
  }
  for (const [code, words] of Object.entries(overrides.demonyms ?? {})) {
    for (const demonym of words) if (!demonyms.has(demonym)) demonyms.set(demonym, code);
  }
  for (const [code, aliases] of Object.entries(overrides.countryAliases)) {
    const info = byCode.get(code);
    if (info) for (const alias of aliases) countries.set(alias, info);
  }
  const organizations = new Map(Object.entries(overrides.organizations ?? {}));
  const organizationCountries = new Map(Object.entries(overrides.organizationCountries ?? {}));
  // The parties among them: a name ending in "Party" that stands for another ("Chinese Nationalist Party" → Kuomintang), and
  // every short name of that one ("KMT").
  const parties = new Set([...organizations].filter(([short]) => / Party$/u.test(short)).map(([, full]) => full));
  for (const [short, full] of organizations) if (parties.has(full)) parties.add(short);
  // Headlines and datelines write names in capitals: LONDON is London.
  const titleCase = (name: string) => name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  const lookup = <T>(map: Map<string, T>, name: string) => map.get(name) ?? (name === name.toUpperCase() ? map.get(titleCase(name)) : undefined);
  const placeWithoutMarks = (name: string): PlaceInfo | undefined => {
    const key = foldPlaceName(name);
    const found = (key === name ? undefined : lookup(places, key)) ?? folded.get(key);
    // Named as English writes it: "Ryazan", not "Ryazan’".
    return found && { ...found, name: foldPlaceName(found.name) };
  };
  // A town written without marks gives way to a city ten times its size written with them: "Bogota" is
  // Bogotá, not Bogota, New Jersey.
  const placeNamed = (name: string): PlaceInfo | undefined => {
    const exact = lookup(places, name);
    if (exact === undefined) return placeWithoutMarks(name);
    const marked = exact.population === undefined ? undefined : folded.get(foldPlaceName(name));
    return marked && marked.name !== exact.name && marked.population! > 10 * exact.population! ? { ...marked, name: exact.name } : exact;
  };
  // An administrative unit the rows lack is in the country of its name without the unit's word, when
  // that name is a country, a region or a city of 50,000 ("Hualien County", "Anambra State",
  // "Washington State"; not "Central Region" after a small town Central): a country, no coordinates.
  const unitOf = (name: string): PlaceInfo | undefined => {
    const unit = ADMINISTRATIVE_UNIT.exec(name);
    const place = unit ? lookup(countries, unit[1]!) ?? placeNamed(unit[1]!) : undefined;
    return place && (place.population === undefined || place.population >= 50_000) ? { name, country: place.country } : undefined;
  };
  // A Vietnamese name written with its marks, in syllables, is the one English writes as one word: "Hà Nội" is Hanoi, "Việt Nam"
  // Vietnam (p106).
  const syllablesJoined = (name: string): PlaceInfo | undefined => {
    const key = foldPlaceName(name);
    const words = key.split(' ');
    if (key === name || words.length < 2 || words.length > 3) return undefined;
    const joined = words.map((w, i) => (i === 0 ? w : w.toLowerCase())).join('');
    return lookup(countries, joined) ?? lookup(places, joined);
  };
  return {
    // Then the name as English writes it without diacritics and apostrophes ("Kandahar", "Ryazan").
    place: memoizeByName((name) => lookup(countries, name) ?? placeNamed(name) ?? unitOf(name) ?? syllablesJoined(name)),
    demonymCountry: memoizeByName((word) => lookup(demonyms, word) ?? lookup(demonyms, word.replace(/s$/iu, ''))),
    namesakes: (name) => (lookup(countries, name) === undefined ? lookup(namesakes, name) : undefined) ?? [],
    country: (code) => byCode.get(code),
    surnames: overrides.surnames,
    organization: (name) => organizations.get(name),
    organizationCountry: (name) => organizationCountries.get(name),
    isParty: (name) => parties.has(name),
  };
}
