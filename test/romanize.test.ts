import { describe, expect, it } from 'vitest';
import { isHan, pinyinName, taiwanName, wadeGilesSyllable } from '../src/text/romanize.js';

describe('romanize', () => {
  it('spells names of Taiwanese people the way Taiwan writes them in English', () => {
    expect(['賴清德', '卓榮泰', '何仁傑', '吳釗燮', '吳尚雨', '韓國瑜', '柯文哲', '蕭美琴'].map((n) => taiwanName(n)))
      .toEqual(['Lai Ching-te', 'Cho Jung-tai', 'Ho Jen-chieh', 'Wu Chao-hsieh', 'Wu Shang-yu', 'Han Kuo-yu', 'Ko Wen-che', 'Hsiao Mei-chin']);
    expect(taiwanName('李登輝', { 李: 'Lee' })).toBe('Lee Teng-hui');
  });

  it('gives the Hanyu Pinyin form too', () => {
    expect(['賴清德', '卓榮泰', '何仁傑'].map(pinyinName)).toEqual(['Lai Qingde', 'Zhuo Rongtai', 'He Renjie']);
  });

  it('converts pinyin syllables to Wade-Giles without apostrophes or umlauts', () => {
    const pairs = { zhi: 'chih', si: 'ssu', qu: 'chu', xue: 'hsueh', jiong: 'chiung', gui: 'kuei', zhuo: 'cho', rong: 'jung', jie: 'chieh', de: 'te', xian: 'hsien', er: 'erh' };
    expect(Object.keys(pairs).map(wadeGilesSyllable)).toEqual(Object.values(pairs));
  });

  it('knows Han-only strings', () => {
    expect([isHan('賴清德'), isHan('Lai'), isHan('賴 清德')]).toEqual([true, false, false]);
  });
});
