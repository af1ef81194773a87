import { limitProblems, type VariantDraft } from './platform-limits';

const aVariant = (overrides: Partial<VariantDraft> = {}): VariantDraft => ({ platform: 'weibo', text: '春节快乐', mediaAssetIds: [], hashtags: ['#春节#'], ...overrides });

describe(limitProblems.name, () => {
  it('should accept a variant within its platform\'s limits', () => {
    expect(limitProblems(aVariant())).toEqual([]);
    expect(limitProblems(aVariant({ platform: 'douyin', title: '年夜饭', hashtags: ['#年夜饭', '#春节'] }))).toEqual([]);
  });

  it('should count characters, not bytes or UTF-16 units', () => {
    expect(limitProblems(aVariant({ text: '年'.repeat(2_000) }))).toEqual([]);
    expect(limitProblems(aVariant({ text: '年'.repeat(2_001) }))).toEqual([expect.objectContaining({ field: 'text' })]);
    expect(limitProblems(aVariant({ platform: 'xiaohongshu', title: '😀'.repeat(20), hashtags: [] }))).toEqual([]);
  });

  it('should refuse a hashtag in another platform\'s form', () => {
    expect(limitProblems(aVariant({ hashtags: ['#春节'] }))).toEqual([expect.objectContaining({ field: 'hashtags', message: expect.stringContaining('#话题#') })]);
    expect(limitProblems(aVariant({ platform: 'douyin', hashtags: ['#春节#'] }))).toEqual([expect.objectContaining({ field: 'hashtags' })]);
  });

  it('should refuse too many media, a title where the platform has none, and hashtags on Discord', () => {
    expect(limitProblems(aVariant({ mediaAssetIds: Array.from({ length: 19 }, (_, index) => `a${index}`) }))).toEqual([expect.objectContaining({ field: 'media' })]);
    expect(limitProblems(aVariant({ title: '标题' }))).toEqual([expect.objectContaining({ field: 'title' })]);
    expect(limitProblems(aVariant({ platform: 'discord', hashtags: ['#新年'] }))).toEqual([expect.objectContaining({ field: 'hashtags' })]);
  });
});
