import { randomUUID } from 'node:crypto';
import { canonicalMembers, duplicateMemberships, type MergeFact, type MemberMembershipChange } from './canonical-members';

const [a, b, c] = ['a', 'b', 'c'];
const at = (instant: string) => new Date(instant);
const merge = (duplicateMemberId: string, survivorMemberId: string, mergedAt: string, unmergedAt?: string): MergeFact => ({
  mergeId: randomUUID(),
  duplicateMemberId,
  survivorMemberId,
  mergedAt: at(mergedAt),
  unmergedAt: unmergedAt ? at(unmergedAt) : null,
});

describe(canonicalMembers.name, () => {
  it('should count a duplicate as its survivor only from the merge’s recorded instant until its undo', () => {
    const merges = [merge(a, b, '2025-03-05T00:00:00Z', '2025-03-09T00:00:00Z')];
    expect(canonicalMembers(merges, at('2025-03-04T23:59:59Z'))).toEqual(new Map());
    expect(canonicalMembers(merges, at('2025-03-05T00:00:00Z'))).toEqual(new Map([[a, b]]));
    expect(canonicalMembers(merges, at('2025-03-09T00:00:00Z'))).toEqual(new Map());
  });

  it('should follow chains and let the later of two merges of one member win', () => {
    const chain = [merge(a, b, '2025-03-01T00:00:00Z'), merge(b, c, '2025-03-02T00:00:00Z')];
    expect(canonicalMembers(chain, at('2025-03-03T00:00:00Z'))).toEqual(new Map([[a, c], [b, c]]));
    const twice = [merge(c, a, '2025-03-01T00:00:00Z'), merge(c, b, '2025-03-02T00:00:00Z')];
    expect(canonicalMembers(twice, at('2025-03-03T00:00:00Z'))).toEqual(new Map([[c, b]]));
  });

  it('should ignore a merge whose undo arrived first and whose merge was never seen', () => {
    expect(canonicalMembers([{ ...merge(a, b, '2025-03-01T00:00:00Z'), mergedAt: null, unmergedAt: at('2025-03-01T00:00:00Z') }], at('2025-04-01T00:00:00Z'))).toEqual(new Map());
  });
});

describe(duplicateMemberships.name, () => {
  const community = randomUUID();
  const other = randomUUID();
  const change = (memberId: string, communityId: string, day: string, delta: 1 | -1): MemberMembershipChange => ({ memberId, communityId, day, delta });

  it('should count a second open membership of the same person in the same community, and only while both are open', () => {
    const canonical = new Map([[a, b]]);
    const changes = [change(a, community, '2025-03-01', 1), change(b, community, '2025-03-02', 1), change(a, community, '2025-03-04', -1)];
    expect(duplicateMemberships(changes, canonical, '2025-03-01')).toBe(0);
    expect(duplicateMemberships(changes, canonical, '2025-03-02')).toBe(1);
    expect(duplicateMemberships(changes, canonical, '2025-03-04')).toBe(0);
  });

  it('should not count memberships of different communities, nor anyone without a merge', () => {
    const changes = [change(a, community, '2025-03-01', 1), change(b, other, '2025-03-01', 1), change(c, community, '2025-03-01', 1)];
    expect(duplicateMemberships(changes, new Map([[a, b]]), '2025-03-05')).toBe(0);
  });
});
