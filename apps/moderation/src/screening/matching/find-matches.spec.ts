import type { WatchedWord } from '../../watched-words/watched-word';
import { normaliseText } from '../normalise/normalised-text';
import { aWatchedWord } from '../testing/watched-word.factory';
import { compileWatchedList } from './compiled-watched-list';
import { findMatches } from './find-matches';

const matchedTexts = (entries: WatchedWord[], text: string) =>
  findMatches(compileWatchedList(entries, 1), normaliseText(text)).map((match) => match.text);

describe('findMatches', () => {
  it('should give original offsets that slice out exactly what was written, emoji around it included', () => {
    const text = '👨‍👩‍👧 𠮷加 微\u200b信😀';
    const [match] = findMatches(compileWatchedList([aWatchedWord('微信')], 1), normaliseText(text));
    expect(match).toMatchObject({ text: '微\u200b信', start: text.indexOf('微'), end: text.indexOf('信') + 1, kind: 'literal' });
  });

  it('should keep Latin entries to whole words unless told otherwise', () => {
    expect(matchedTexts([aWatchedWord('ass')], 'class ass assess')).toEqual(['ass']);
    expect(matchedTexts([aWatchedWord('ass', { options: { wholeWord: false, matchPinyin: false, matchAbbreviations: false } })], 'class')).toEqual(['ass']);
  });

  it('should treat digits and Chinese beside a Latin word as word edges', () => {
    expect(matchedTexts([aWatchedWord('fuck')], 'fuck123 和fuck你')).toEqual(['fuck', 'fuck']);
  });

  it('should extend a trailing wildcard over letters of the same word only', () => {
    expect(matchedTexts([aWatchedWord('fuck*')], 'fucking you, fucker')).toEqual(['fucking', 'fucker']);
  });

  it('should extend a leading wildcard and bridge a middle one within a word', () => {
    expect(matchedTexts([aWatchedWord('*hole')], 'asshole holes')).toEqual(['asshole']);
    expect(matchedTexts([aWatchedWord('代*发票')], '可以代开发票，代 发票，代 开 发票')).toEqual(['代开发票', '代 发票', '代 开 发票']);
  });

  it('should not let a wildcard cross a separator or take more than three Chinese characters', () => {
    expect(matchedTexts([aWatchedWord('代*发票')], '代我们大家开发票')).toEqual([]);
    expect(matchedTexts([aWatchedWord('fuck*')], 'fuck you')).toEqual(['fuck']);
  });

  it('should report each entry that shares a pattern with another, and both of overlapping entries', () => {
    const entries = [aWatchedWord('微信'), aWatchedWord('加微信'), aWatchedWord('微 信', { communityId: 'c1' })];
    const matches = findMatches(compileWatchedList(entries, 1), normaliseText('快加微信'));
    expect(matches.map((match) => [match.entry.entryId, match.text])).toEqual([
      [entries[1]!.entryId, '加微信'],
      [entries[0]!.entryId, '微信'],
      [entries[2]!.entryId, '微信'],
    ]);
  });

  it('should match pinyin and abbreviations only for entries that ask for them', () => {
    const plain = aWatchedWord('微信');
    const spelled = aWatchedWord('微信', { options: { wholeWord: true, matchPinyin: true, matchAbbreviations: true } });
    expect(matchedTexts([plain], '加weixin或vx')).toEqual([]);
    const matches = findMatches(compileWatchedList([spelled], 1), normaliseText('加weixin或vx'));
    expect(matches.map((match) => [match.text, match.kind])).toEqual([
      ['weixin', 'pinyin'],
      ['vx', 'abbreviation'],
    ]);
  });

  it('should find nothing with an empty list', () => {
    expect(matchedTexts([], '微信')).toEqual([]);
  });
});
