import { aWatchedWord } from '../screening/testing/watched-word.factory';
import { effectiveWatchedWords, patternKey } from './watched-word';

describe('watched word scope', () => {
  it('should give one key to spellings that differ in width, case or spacing, per scope', () => {
    expect(patternKey({ pattern: 'ＦＵＣＫ' })).toBe(patternKey({ pattern: 'fuck' }));
    expect(patternKey({ pattern: '微 信' })).toBe(patternKey({ pattern: '微信' }));
    expect(patternKey({ pattern: '微信', communityId: 'c1' })).not.toBe(patternKey({ pattern: '微信' }));
  });

  it('should let a community’s own entries replace the tenant’s with the same pattern, and ignore other communities', () => {
    const tenantWide = aWatchedWord('微信');
    const kept = aWatchedWord('赌博');
    const override = aWatchedWord('微 信', { communityId: 'c1', action: { type: 'block' } });
    const elsewhere = aWatchedWord('刷单', { communityId: 'c2' });
    const own = aWatchedWord('代购', { communityId: 'c1' });
    const entries = [tenantWide, kept, override, elsewhere, own];
    expect(effectiveWatchedWords(entries, 'c1').map((entry) => entry.entryId).sort()).toEqual([override.entryId, kept.entryId, own.entryId].sort());
    expect(effectiveWatchedWords(entries).map((entry) => entry.entryId)).toEqual([tenantWide.entryId, kept.entryId]);
  });
});
