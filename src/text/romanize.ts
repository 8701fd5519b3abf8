import { createRequire } from 'node:module';
import type { pinyin as Pinyin } from 'pinyin-pro';

/**
 * Romanization of Han-character names: Hanyu Pinyin (from pinyin-pro) and the Wade-Giles-based
 * spelling Taiwan uses for personal names (no apostrophes or umlauts; given-name syllables joined
 * by a hyphen): 賴清德 → "Lai Ching-te", 卓榮泰 → "Cho Jung-tai", 何仁傑 → "Ho Jen-chieh".
 */

let pinyin: typeof Pinyin | undefined;

/** Loads pinyin-pro on first use (its CommonJS build): ≈ 90 ms of start-up that text without Han characters never pays. */
function loadPinyin(): typeof Pinyin {
  pinyin ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: typeof Pinyin }).pinyin;
  return pinyin;
}

// Initials, longest first so "zh" wins over "z". Wade-Giles aspiration marks (p', t') are dropped as in Taiwan usage.
const INITIALS: [string, string][] = [
  ['zh', 'ch'], ['ch', 'ch'], ['sh', 'sh'], ['b', 'p'], ['p', 'p'], ['m', 'm'], ['f', 'f'], ['d', 't'], ['t', 't'],
  ['n', 'n'], ['l', 'l'], ['g', 'k'], ['k', 'k'], ['h', 'h'], ['j', 'ch'], ['q', 'ch'], ['x', 'hs'], ['r', 'j'],
  ['z', 'ts'], ['c', 'ts'], ['s', 's'], ['y', 'y'], ['w', 'w'],
];

// Whole syllables whose Wade-Giles form does not follow from initial + final.
const WHOLE: Record<string, string> = {
  zi: 'tzu', ci: 'tzu', si: 'ssu', zhi: 'chih', chi: 'chih', shi: 'shih', ri: 'jih', er: 'erh', e: 'o',
  ge: 'ko', ke: 'ko', he: 'ho', yi: 'i', you: 'yu', yan: 'yen', ye: 'yeh', yong: 'yung', yue: 'yueh',
  yuan: 'yuan', yun: 'yun', yu: 'yu', wu: 'wu', guo: 'kuo', kuo: 'kuo', huo: 'huo', shuo: 'shuo',
  zhuo: 'cho', chuo: 'cho', ruo: 'jo', duo: 'to', tuo: 'to', nuo: 'no', luo: 'lo', zuo: 'tso', cuo: 'tso', suo: 'so',
  dui: 'tui', tui: 'tui', zui: 'tsui', cui: 'tsui', sui: 'sui', hui: 'hui', zhui: 'chui', chui: 'chui', shui: 'shui', rui: 'jui',
};

/** Converts the final of a syllable (what follows the initial) to its Wade-Giles form. */
function wadeGilesFinal(initial: string, final: string): string {
  const palatal = initial === 'j' || initial === 'q' || initial === 'x';
  if (palatal && final.startsWith('u')) final = 'ü' + final.slice(1); // ju = jü
  if (final === 'ie') return 'ieh';
  if (final === 'üe' || final === 've') return 'ueh';
  if (final.endsWith('ian')) return final.slice(0, -3) + 'ien';
  if (final === 'iong') return 'iung';
  if (final.endsWith('ong')) return final.slice(0, -3) + 'ung';
  if (final === 'ui') return 'uei';
  if (final === 'e') return 'e';
  return final.replace(/[üv]/gu, 'u');
}

/** Returns the Taiwan-style Wade-Giles spelling of one toneless pinyin syllable (lower case). */
export function wadeGilesSyllable(syllable: string): string {
  const s = syllable.toLowerCase().replace(/v/gu, 'ü');
  const whole = WHOLE[s];
  if (whole) return whole;
  for (const [initial, wade] of INITIALS) {
    if (s.startsWith(initial) && s.length > initial.length) {
      return wade + wadeGilesFinal(initial, s.slice(initial.length));
    }
  }
  return wadeGilesFinal('', s);
}

/** The middle dots a transliterated name joins its Han parts with ("谷辣斯．尤達卡"), as a character class for building patterns. */
export const NAME_DOT = '[·‧．・]';
const NAME_DOT_ANY = new RegExp(NAME_DOT, 'u');
const NAME_DOTS = new RegExp(NAME_DOT, 'gu');
const HAN = new RegExp(String.raw`^\p{Script=Han}+(?:${NAME_DOT}\p{Script=Han}+)*$`, 'u');

/**
 * True when the text is only Han characters, or Han names joined by a middle dot: a transliterated
 * indigenous or foreign name ("谷辣斯．尤達卡", Kolas Yotaka).
 */
export function isHan(text: string): boolean {
  return HAN.test(text);
}

/** True for a Han name of dotted parts ("谷辣斯．尤達卡"): a transliteration, which no surname reading spells. */
export function isDottedHan(text: string): boolean {
  return NAME_DOT_ANY.test(text);
}

/** The Han name without its middle dots ("谷辣斯．尤達卡" → "谷辣斯尤達卡"). */
export function withoutNameDots(han: string): string {
  return han.replace(NAME_DOTS, '');
}

/** Returns the toneless pinyin syllables of a Han-character string (surname readings for the first character). */
export function pinyinSyllables(han: string): string[] {
  return loadPinyin()(han, { toneType: 'none', type: 'array', surname: 'head', v: false }).map((s) => s.replace(/ü/gu, 'u'));
}

// Tongyong Pinyin, which Taiwan's places used 2002–2008 and many still sign ("Banciao", "Jianshih", "Sijhih"): the
// syllables where it differs from Hanyu Pinyin.
const TONGYONG_WHOLE: Record<string, string> = { zhi: 'jhih', chi: 'chih', shi: 'shih', ri: 'rih', zi: 'zih', ci: 'cih', si: 'sih', wen: 'wun', feng: 'fong', weng: 'wong' };

/** Returns the Tongyong Pinyin spelling of one toneless Hanyu Pinyin syllable (lower case, ü written u after j, q, x). */
function tongyongSyllable(syllable: string): string {
  const whole = TONGYONG_WHOLE[syllable];
  if (whole) return whole;
  if (syllable.startsWith('zh')) return 'jh' + syllable.slice(2);
  if (syllable.startsWith('q')) return 'c' + syllable.slice(1);
  if (syllable.startsWith('x')) return 's' + syllable.slice(1);
  return syllable;
}

/**
 * Returns a place's Han name in Hanyu Pinyin, Taiwan's Wade-Giles and Tongyong Pinyin, each one word: 板橋 →
 * ["Banqiao", "Panchiao", "Banciao"].
 */
export function placeSpellings(han: string): [string, string, string] {
  const syllables = loadPinyin()(han, { toneType: 'none', type: 'array', v: false }).map((s) => s.replace(/ü/gu, 'u'));
  return [capitalize(syllables.join('')), capitalize(syllables.map(wadeGilesSyllable).join('')), capitalize(syllables.map(tongyongSyllable).join(''))];
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Returns a personal name as Taiwan writes it in English: family name (first character, or the
 * first two for a four-character name), then the given name with its syllables hyphenated.
 * `surnames` overrides conventional family-name spellings (李 → Lee).
 */
export function taiwanName(han: string, surnames: Record<string, string> = {}): string {
  const chars = [...han];
  const familyLength = chars.length === 4 ? 2 : 1;
  const syllables = pinyinSyllables(han).map(wadeGilesSyllable);
  const familyHan = chars.slice(0, familyLength).join('');
  const family = surnames[familyHan] ?? capitalize(syllables.slice(0, familyLength).join(''));
  const given = syllables.slice(familyLength).join('-');
  return given ? `${family} ${capitalize(given)}` : family;
}

/** Returns a personal name in Hanyu Pinyin as the mainland writes it: "Lai Qingde". */
export function pinyinName(han: string): string {
  const chars = [...han];
  const familyLength = chars.length === 4 ? 2 : 1;
  const syllables = pinyinSyllables(han);
  const given = syllables.slice(familyLength).join('');
  const family = capitalize(syllables.slice(0, familyLength).join(''));
  return given ? `${family} ${capitalize(given)}` : family;
}
