import type { WatchedWord, WatchedWordDefinition } from '../../watched-words/watched-word';

let sequence = 0;

/** A tenant-wide `censor` entry for `pattern`, whole-word, without pinyin or abbreviations unless overridden. */
export function aWatchedWord(pattern: string, overrides: Partial<Omit<WatchedWordDefinition, 'pattern'>> = {}): WatchedWord {
  sequence += 1;
  return {
    entryId: `w-${sequence}`,
    pattern,
    action: { type: 'censor' },
    category: 'custom',
    severity: 'medium',
    ...overrides,
    options: { wholeWord: true, matchPinyin: false, matchAbbreviations: false, ...overrides.options },
  };
}
