import { communityDecider } from '../communities/community.decider';
import { decideJoinTarget, requireJoinedAt } from './join-rules';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe(decideJoinTarget.name, () => {
  const request = { communityId: '0190c2f8-0000-7000-8000-0000000000c1', channel: 'qr-code', campaignId: '0190c2f8-0000-7000-8000-0000000000ca' };

  it('should refuse a community its stream has never created', () => {
    expect(codeOf(() => decideJoinTarget(communityDecider.initialState(), request))).toBe('COMMUNITY_NOT_FOUND');
  });

  it('should aim the join at the community with its platform and status, and keep how the member came', () => {
    const community = { ...communityDecider.initialState(), exists: true, platform: 'wechat' as const, status: 'active' as const };
    expect(decideJoinTarget(community, request)).toEqual({
      community: { communityId: request.communityId, platform: 'wechat', status: 'active' },
      acquisition: { channel: 'qr-code', campaignId: request.campaignId, referrerMemberId: undefined },
    });
  });
});

describe(requireJoinedAt.name, () => {
  const now = new Date('2026-11-22T08:00:00Z');

  it('should accept a past instant, and a few minutes ahead for clock skew', () => {
    expect(requireJoinedAt(new Date('2026-01-01T00:00:00Z'), now)).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(requireJoinedAt(new Date('2026-11-22T08:04:00Z'), now)).toEqual(new Date('2026-11-22T08:04:00Z'));
  });

  it('should leave an ordinary join unstamped', () => {
    expect(requireJoinedAt(undefined, now)).toBeUndefined();
  });

  it.each([
    ['the future', new Date('2026-11-22T09:00:00Z')],
    ['an invalid date', new Date('not a date')],
  ])('should refuse %s as INVALID_TIMESTAMP', (_, joinedAt) => {
    expect(codeOf(() => requireJoinedAt(joinedAt, now))).toBe('INVALID_TIMESTAMP');
  });
});
