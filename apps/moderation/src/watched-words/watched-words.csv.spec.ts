import type { WatchedWord } from './watched-word';
import { exportWatchedWordsCsv, parseWatchedWordsCsv } from './watched-words.csv';
import { WatchedWordsError } from './watched-words.error';

function thrownBy(run: () => unknown): WatchedWordsError {
  try {
    run();
  } catch (error) {
    if (error instanceof WatchedWordsError) return error;
    throw error;
  }
  throw new Error('expected a WatchedWordsError');
}

const options = { wholeWord: true, matchPinyin: false, matchAbbreviations: false };
const entries: WatchedWord[] = [
  { entryId: 'w1', pattern: '微信', action: { type: 'censor' }, category: 'ads', severity: 'medium', options: { ...options, matchPinyin: true, matchAbbreviations: true } },
  { entryId: 'w2', pattern: '垃圾, "广告"', action: { type: 'replace', replacement: '某某' }, category: 'abuse', severity: 'low', options },
  { entryId: 'w3', pattern: '代开发票', action: { type: 'silence', sanction: { kind: 'mute', durationMinutes: 1440 } }, category: 'fraud', severity: 'critical', options },
  { entryId: 'w4', pattern: 'fuck*', action: { type: 'tag', tagKey: 'profanity' }, category: 'abuse', severity: 'high', communityId: 'c1', options: { ...options, wholeWord: false } },
  { entryId: 'w5', pattern: '赌博', action: { type: 'silence', sanction: { kind: 'ban' } }, category: 'fraud', severity: 'high', options },
];

describe('watched words CSV', () => {
  it('should read back what it exports, tenant entries first, in pinyin order', () => {
    const csv = exportWatchedWordsCsv(entries);
    expect(csv.startsWith('\uFEFFpattern,action,action_value,category,severity,community_id,whole_word,pinyin,abbreviations\n')).toBe(true);
    const rows = parseWatchedWordsCsv(csv);
    expect(rows.map((row) => row.row)).toEqual([2, 3, 4, 5, 6]);
    expect(rows.map((row) => row.input.pattern)).toEqual(['代开发票', '赌博', '垃圾, "广告"', '微信', 'fuck*']);
    expect(rows[4]!.input).toEqual({ pattern: 'fuck*', action: 'tag', tagKey: 'profanity', category: 'abuse', severity: 'high', communityId: 'c1', wholeWord: false, matchPinyin: false, matchAbbreviations: false });
    expect(rows[0]!.input.sanction).toEqual({ kind: 'mute', durationMinutes: 1440 });
    expect(rows[1]!.input.sanction).toEqual({ kind: 'ban' });
    expect(rows[2]!.input.replacement).toBe('某某');
  });

  it('should accept the required columns alone, in any order, with Chinese yes and no', () => {
    const rows = parseWatchedWordsCsv('severity,pattern,category,action,pinyin\nhigh,加微信,ads,block,是\n\nlow,qq,ads,flag,否\n');
    expect(rows).toEqual([
      { row: 2, input: { pattern: '加微信', action: 'block', category: 'ads', severity: 'high', matchPinyin: true } },
      { row: 4, input: { pattern: 'qq', action: 'flag', category: 'ads', severity: 'low', matchPinyin: false } },
    ]);
  });

  it('should refuse the file with every bad row, its number and a stable code', () => {
    const csv = [
      'pattern,action,action_value,category,severity,whole_word',
      '微信,censor,,ads,medium,true',
      ',censor,,ads,medium,',
      '赌博,silence,mute:soon,fraud,high,',
      '色情,block,,porn,high,',
      '傻逼,censor,,abuse,high,maybe',
    ].join('\n');
    const error = thrownBy(() => parseWatchedWordsCsv(csv));
    expect(error.code).toBe('IMPORT_ROWS_INVALID');
    expect(error.details?.rejected).toEqual([
      expect.objectContaining({ row: 3, code: 'PATTERN_EMPTY' }),
      expect.objectContaining({ row: 4, code: 'SANCTION_INVALID' }),
      expect.objectContaining({ row: 5, code: 'CATEGORY_UNKNOWN' }),
      expect.objectContaining({ row: 6, code: 'OPTION_INVALID' }),
    ]);
  });

  it.each([
    ['a missing required column', 'pattern,action,category\n微信,censor,ads\n', 'CSV_INVALID'],
    ['an unknown column', 'pattern,action,category,severity,colour\n微信,censor,ads,low,red\n', 'CSV_INVALID'],
    ['a row with too many fields', 'pattern,action,category,severity\n微信,censor,ads,low,extra\n', 'CSV_INVALID'],
    ['an unclosed quote', 'pattern,action,category,severity\n"微信,censor,ads,low\n', 'CSV_INVALID'],
    ['a header without rows', 'pattern,action,category,severity\n', 'IMPORT_EMPTY'],
  ])('should refuse %s', (_, csv, code) => {
    expect(thrownBy(() => parseWatchedWordsCsv(csv)).code).toBe(code);
  });

  it('should read a file of 10,000 rows', () => {
    const lines = Array.from({ length: 10_000 }, (_, index) => `词${index},censor,,custom,low`);
    expect(parseWatchedWordsCsv(['pattern,action,action_value,category,severity', ...lines].join('\n'))).toHaveLength(10_000);
  });
});
