import { describe, expect, it } from 'vitest';
import {
  collectEvidence, createEvidence, createTally, entityIdFor, finishAliases, finishEntities, resolveArticle,
} from '../src/stages/resolve.js';
import { seedResults } from './helpers.js';

function resolveSeed() {
  const results = seedResults();
  const evidence = createEvidence();
  for (const r of results) collectEvidence(evidence, r);
  const tally = createTally();
  for (const r of results) resolveArticle(r, evidence, tally);
  return { results, entities: finishEntities(tally), aliases: finishAliases(tally) };
}

describe('resolve (first version)', () => {
  const { results, entities, aliases } = resolveSeed();
  const entity = (id: string) => entities.find((e) => e.id === id);

  it('derives ids from canonical names', () => {
    expect(entityIdFor('person', 'Donald Trump')).toBe('person:donald-trump');
    expect(entityIdFor('organization', 'Taipei District Prosecutors’ Office')).toBe('organization:taipei-district-prosecutors-office');
    expect(entityIdFor('person', '賴清德')).toBe('person:賴清德');
  });

  it('gives the same id to a name in every article, and links family names to the full name', () => {
    expect(entity('person:donald-trump')).toMatchObject({ mentionCount: 6, articleCount: 2, aliases: ['Trump'], roles: ['US President'] });
    expect(entity('person:ho-jen-chieh')).toMatchObject({ zh: '何仁傑', aliases: ['Ho', '何仁傑'], mentionCount: 5 });
  });

  it('links Han names and acronyms to their partner entity across the run', () => {
    expect(entity('person:william-lai')).toMatchObject({ zh: '賴清德', articleCount: 2, roles: ['President'] });
    expect(entity('organization:democratic-progressive-party')).toMatchObject({ aliases: ['DPP'], mentionCount: 4, articleCount: 2 });
    const kmt = results[4]!.mentions.filter((m) => m.text === 'KMT').map((m) => m.entityId);
    expect(kmt).toEqual(['organization:chinese-nationalist-party', 'organization:chinese-nationalist-party']);
    expect(entities.some((e) => e.id === 'organization:dpp' || e.id === 'person:賴清德')).toBe(false);
  });

  it('writes one alias row per link and article', () => {
    expect(aliases.filter((a) => a.alias === 'DPP')).toEqual([
      { entityId: 'organization:democratic-progressive-party', alias: 'DPP', lang: 'en', kind: 'acronym', articleId: 'news-sample.txt#2', evidence: 'Democratic Progressive Party (DPP)' },
      { entityId: 'organization:democratic-progressive-party', alias: 'DPP', lang: 'en', kind: 'acronym', articleId: 'news-sample.txt#5', evidence: 'Democratic Progressive Party (DPP)' },
    ]);
    expect(aliases.filter((a) => a.lang === 'zh').map((a) => `${a.alias}→${a.entityId}`)).toEqual([
      '國家安全法→law:national-security-act',
      '卓榮泰→person:cho-jung-tai',
      '何仁傑→person:ho-jen-chieh',
      '吳釗燮→person:joseph-wu',
      '賴清德→person:william-lai',
      '賴清德→person:william-lai',
      '吳尚雨→person:wu-shang-yu',
    ]);
  });
});
