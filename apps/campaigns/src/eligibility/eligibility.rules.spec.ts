import { decideEligibility, type CampaignTargeting, type MemberFacts } from './eligibility.rules';

const targeting = (overrides: Partial<CampaignTargeting> = {}): CampaignTargeting => ({ communityIds: ['community-a', 'community-b'], segmentId: 'segment-loyal', ...overrides });
const facts = (overrides: Partial<MemberFacts> = {}): MemberFacts => ({
  activeCommunityIds: ['community-b'],
  segmentIds: ['segment-loyal'],
  marketingConsent: true,
  sanctions: [],
  ...overrides,
});

describe(decideEligibility.name, () => {
  it('should let a consenting member of a campaign community in the target segment join through that community', () => {
    expect(decideEligibility(targeting(), facts())).toEqual({ eligible: true, reason: 'ELIGIBLE', communityId: 'community-b' });
  });

  it('should not ask for a segment when the campaign targets every member of its communities', () => {
    expect(decideEligibility(targeting({ segmentId: null }), facts({ segmentIds: [] }))).toMatchObject({ eligible: true });
  });

  it('should refuse a member of none of the campaign\'s communities', () => {
    expect(decideEligibility(targeting(), facts({ activeCommunityIds: ['community-z'] }))).toEqual({ eligible: false, reason: 'NOT_A_COMMUNITY_MEMBER', communityId: null });
  });

  it('should refuse a member outside the target segment', () => {
    expect(decideEligibility(targeting(), facts({ segmentIds: ['segment-other'] }))).toMatchObject({ eligible: false, reason: 'NOT_IN_TARGET_SEGMENT' });
  });

  it('should refuse a member without marketing consent', () => {
    expect(decideEligibility(targeting(), facts({ marketingConsent: false }))).toMatchObject({ eligible: false, reason: 'NO_MARKETING_CONSENT' });
  });

  it('should refuse a member removed from the only campaign community they belong to, even before members records the exit', () => {
    expect(decideEligibility(targeting(), facts({ sanctions: [{ kind: 'remove', communityId: 'community-b' }] }))).toMatchObject({ eligible: false, reason: 'SANCTIONED' });
  });

  it('should name the removal when the member has left the community because of it', () => {
    expect(decideEligibility(targeting(), facts({ activeCommunityIds: [], sanctions: [{ kind: 'remove', communityId: 'community-a' }] }))).toMatchObject({ reason: 'SANCTIONED' });
  });

  it('should refuse a member banned tenant-wide whatever their communities', () => {
    expect(decideEligibility(targeting(), facts({ activeCommunityIds: ['community-a', 'community-b'], sanctions: [{ kind: 'ban', communityId: null }] }))).toMatchObject({ reason: 'SANCTIONED' });
  });

  it('should let a member removed from one campaign community join through another they still belong to', () => {
    const verdict = decideEligibility(targeting(), facts({ activeCommunityIds: ['community-a', 'community-b'], sanctions: [{ kind: 'remove', communityId: 'community-a' }] }));
    expect(verdict).toEqual({ eligible: true, reason: 'ELIGIBLE', communityId: 'community-b' });
  });

  it('should ignore a removal from a community the campaign does not target', () => {
    expect(decideEligibility(targeting(), facts({ sanctions: [{ kind: 'remove', communityId: 'community-z' }] }))).toMatchObject({ eligible: true });
  });
});
