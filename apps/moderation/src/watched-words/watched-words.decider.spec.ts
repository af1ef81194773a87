import { deciderSpec } from '@groundswell/event-store/testing';
import type { WatchedWord, WatchedWordInput } from './watched-word';
import { MAX_WATCHED_WORDS_PER_TENANT, watchedWordsDecider, type ImportWatchedWords } from './watched-words.decider';
import { WatchedWordsError } from './watched-words.error';
import { watchedWordsEventTypes, type WatchedWordsEvent } from './watched-words.events';

const by = 'u-moderator';
const input = (overrides: Partial<WatchedWordInput> = {}): WatchedWordInput => ({ pattern: '微信', action: 'censor', category: 'ads', severity: 'medium', ...overrides });
const entry = (overrides: Partial<WatchedWord> = {}): WatchedWord => ({
  entryId: 'w1',
  pattern: '微信',
  action: { type: 'censor' },
  category: 'ads',
  severity: 'medium',
  options: { wholeWord: true, matchPinyin: false, matchAbbreviations: false },
  ...overrides,
});
const added = (word = entry()): WatchedWordsEvent => ({ type: watchedWordsEventTypes.added, data: { entry: word, by } });
const removed = (entryId = 'w1'): WatchedWordsEvent => ({ type: watchedWordsEventTypes.removed, data: { entryId, by } });
const importRows = (rows: ImportWatchedWords['rows']): ImportWatchedWords => ({ type: 'ImportWatchedWords', rows, by });

describe('watchedWordsDecider', () => {
  const spec = deciderSpec(watchedWordsDecider);

  describe('AddWatchedWord', () => {
    const add = (overrides: Partial<WatchedWordInput> = {}, entryId = 'w1') => ({ type: 'AddWatchedWord' as const, entryId, input: input(overrides), by });

    it('should add an entry with whole-word on and pinyin and abbreviations off by default', () => {
      spec.given([]).when(add({ pattern: '  微信 ' })).then([added()]);
    });

    it('should keep each action’s own detail', () => {
      spec.given([]).when(add({ action: 'replace', replacement: '某信' })).then([added(entry({ action: { type: 'replace', replacement: '某信' } }))]);
      spec.given([]).when(add({ action: 'tag', tagKey: 'ads' })).then([added(entry({ action: { type: 'tag', tagKey: 'ads' } }))]);
      spec
        .given([])
        .when(add({ action: 'silence', sanction: { kind: 'mute', durationMinutes: 60 } }))
        .then([added(entry({ action: { type: 'silence', sanction: { kind: 'mute', durationMinutes: 60 } } }))]);
      spec
        .given([])
        .when(add({ communityId: 'c1', matchPinyin: true, matchAbbreviations: true, wholeWord: false }))
        .then([added(entry({ communityId: 'c1', options: { wholeWord: false, matchPinyin: true, matchAbbreviations: true } }))]);
    });

    it.each([
      ['PATTERN_EMPTY', { pattern: ' * ' }],
      ['PATTERN_EMPTY', { pattern: '!!!' }],
      ['PATTERN_TOO_LONG', { pattern: '微'.repeat(101) }],
      ['WILDCARD_INVALID', { pattern: '赌**' }],
      ['ACTION_UNKNOWN', { action: 'delete' }],
      ['REPLACEMENT_MISSING', { action: 'replace' }],
      ['TAG_KEY_MISSING', { action: 'tag', tagKey: ' ' }],
      ['SANCTION_INVALID', { action: 'silence' }],
      ['SANCTION_INVALID', { action: 'silence', sanction: { kind: 'mute' } }],
      ['SANCTION_INVALID', { action: 'silence', sanction: { kind: 'ban', durationMinutes: 5 } }],
      ['SANCTION_INVALID', { action: 'silence', sanction: { kind: 'jail' } }],
      ['CATEGORY_UNKNOWN', { category: 'spam' }],
      ['SEVERITY_UNKNOWN', { severity: 'extreme' }],
    ] as const)('should refuse %s for %j', (code, overrides) => {
      spec.given([]).when(add(overrides as Partial<WatchedWordInput>)).thenThrows(WatchedWordsError, code);
    });

    it('should refuse a taken or removed entry id', () => {
      spec.given([added()]).when(add({ pattern: 'vx' })).thenThrows(WatchedWordsError, 'ENTRY_EXISTS');
      spec.given([added(), removed()]).when(add({ pattern: 'vx' })).thenThrows(WatchedWordsError, 'ENTRY_EXISTS');
    });

    it('should refuse the same pattern twice in one scope, whatever its width, case or spacing', () => {
      spec.given([added()]).when(add({ pattern: '微 信' }, 'w2')).thenThrows(WatchedWordsError, 'PATTERN_EXISTS');
      spec.given([added(entry({ pattern: 'fuck' }))]).when(add({ pattern: 'ＦＵＣＫ' }, 'w2')).thenThrows(WatchedWordsError, 'PATTERN_EXISTS');
    });

    it('should let a community override a tenant entry with the same pattern', () => {
      spec.given([added()]).when(add({ communityId: 'c1', action: 'block' }, 'w2')).then([
        added(entry({ entryId: 'w2', communityId: 'c1', action: { type: 'block' } })),
      ]);
    });

    it('should accept a pattern again once its entry is removed', () => {
      spec.given([added(), removed()]).when(add({}, 'w2')).then([added(entry({ entryId: 'w2' }))]);
    });

    it('should refuse an entry beyond the per-tenant limit', () => {
      const full = Array.from({ length: MAX_WATCHED_WORDS_PER_TENANT }, (_, index) => entry({ entryId: `x${index}`, pattern: `word${index}` }));
      spec
        .given([{ type: watchedWordsEventTypes.imported, data: { added: full, updated: [], by } }])
        .when(add())
        .thenThrows(WatchedWordsError, 'LIST_FULL');
    });
  });

  describe('UpdateWatchedWord', () => {
    const update = (changes: Partial<WatchedWordInput>, entryId = 'w1') => ({ type: 'UpdateWatchedWord' as const, entryId, changes, by });

    it('should record the whole entry after the change', () => {
      spec
        .given([added()])
        .when(update({ action: 'block', severity: 'high' }))
        .then([{ type: watchedWordsEventTypes.updated, data: { entry: entry({ action: { type: 'block' }, severity: 'high' }), by } }]);
    });

    it('should drop the detail of an action it leaves', () => {
      spec
        .given([added(entry({ action: { type: 'replace', replacement: '某信' } }))])
        .when(update({ action: 'flag' }))
        .then([{ type: watchedWordsEventTypes.updated, data: { entry: entry({ action: { type: 'flag' } }), by } }]);
    });

    it('should keep the entry in its scope even when a community is sent', () => {
      const changes = { severity: 'high', communityId: 'c9' } as Partial<WatchedWordInput>;
      spec
        .given([added()])
        .when(update(changes))
        .then([{ type: watchedWordsEventTypes.updated, data: { entry: entry({ severity: 'high' }), by } }]);
    });

    it('should change nothing when nothing changes', () => {
      spec.given([added()]).when(update({ pattern: '微信', severity: 'medium' })).then([]);
    });

    it('should refuse an unknown or removed entry', () => {
      spec.given([]).when(update({ severity: 'high' })).thenThrows(WatchedWordsError, 'ENTRY_NOT_FOUND');
      spec.given([added(), removed()]).when(update({ severity: 'high' })).thenThrows(WatchedWordsError, 'ENTRY_NOT_FOUND');
    });

    it('should refuse a pattern another entry of the scope holds', () => {
      spec.given([added(), added(entry({ entryId: 'w2', pattern: 'vx' }))]).when(update({ pattern: 'VX' })).thenThrows(WatchedWordsError, 'PATTERN_EXISTS');
    });

    it('should refuse an invalid change', () => {
      spec.given([added()]).when(update({ action: 'tag' })).thenThrows(WatchedWordsError, 'TAG_KEY_MISSING');
    });
  });

  describe('RemoveWatchedWord', () => {
    const remove = { type: 'RemoveWatchedWord' as const, entryId: 'w1', by };

    it('should remove an entry', () => {
      spec.given([added()]).when(remove).then([removed()]);
    });

    it('should change nothing when it is removed already', () => {
      spec.given([added(), removed()]).when(remove).then([]);
    });

    it('should refuse an entry that never existed', () => {
      spec.given([]).when(remove).thenThrows(WatchedWordsError, 'ENTRY_NOT_FOUND');
    });
  });

  describe('ImportWatchedWords', () => {
    it('should add new patterns and update existing ones in one event, leaving equal ones out', () => {
      const existing = [added(), added(entry({ entryId: 'w2', pattern: 'vx' }))];
      spec
        .given(existing)
        .when(
          importRows([
            { row: 2, entryId: 'n1', input: input({ pattern: '微信', action: 'block' }) },
            { row: 3, entryId: 'n2', input: input({ pattern: 'vx' }) },
            { row: 4, entryId: 'n3', input: input({ pattern: '赌博', category: 'fraud' }) },
          ]),
        )
        .then([
          {
            type: watchedWordsEventTypes.imported,
            data: { added: [entry({ entryId: 'n3', pattern: '赌博', category: 'fraud' })], updated: [entry({ action: { type: 'block' } })], by },
          },
        ]);
    });

    it('should change nothing when every row equals its entry', () => {
      spec.given([added()]).when(importRows([{ row: 2, entryId: 'n1', input: input() }])).then([]);
    });

    it('should refuse an empty import', () => {
      spec.given([]).when(importRows([])).thenThrows(WatchedWordsError, 'IMPORT_EMPTY');
    });

    it('should refuse the whole file, naming every bad row with its code', () => {
      const command = importRows([
        { row: 2, entryId: 'n1', input: input() },
        { row: 3, entryId: 'n2', input: input({ action: 'explode' }) },
        { row: 4, entryId: 'n3', input: input({ pattern: '微 信' }) },
        { row: 5, entryId: 'w1', input: input({ pattern: 'vx' }) },
      ]);
      let thrown: unknown;
      try {
        watchedWordsDecider.decide(command, watchedWordsDecider.evolve(watchedWordsDecider.initialState(), added(entry({ pattern: 'qq' }))));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(WatchedWordsError);
      expect(thrown).toMatchObject({ code: 'IMPORT_ROWS_INVALID' });
      expect((thrown as WatchedWordsError).details?.rejected).toEqual([
        expect.objectContaining({ row: 3, code: 'ACTION_UNKNOWN' }),
        expect.objectContaining({ row: 4, code: 'PATTERN_EXISTS' }),
        expect.objectContaining({ row: 5, code: 'ENTRY_EXISTS' }),
      ]);
      spec.given([]).when(command).thenThrows(WatchedWordsError, 'IMPORT_ROWS_INVALID');
    });

    it('should refuse an import that would pass the per-tenant limit', () => {
      const rows = Array.from({ length: MAX_WATCHED_WORDS_PER_TENANT + 1 }, (_, index) => ({
        row: index + 2,
        entryId: `n${index}`,
        input: input({ pattern: `word${index}` }),
      }));
      spec.given([]).when(importRows(rows)).thenThrows(WatchedWordsError, 'LIST_FULL');
    });
  });
});
