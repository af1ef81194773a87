/** Why a member may or may not take part; stable codes clients and other features branch on. */
export const eligibilityReasons = ['ELIGIBLE', 'SANCTIONED', 'NOT_A_COMMUNITY_MEMBER', 'NOT_IN_TARGET_SEGMENT', 'NO_MARKETING_CONSENT'] as const;
export type EligibilityReason = (typeof eligibilityReasons)[number];

export type EligibilityVerdict = { eligible: true; reason: 'ELIGIBLE'; communityId: string } | { eligible: false; reason: Exclude<EligibilityReason, 'ELIGIBLE'>; communityId: null };

/** Who a campaign is for: members of its communities, and of its segment when it has one. */
export interface CampaignTargeting {
  communityIds: readonly string[];
  segmentId: string | null;
}

/** A removal or ban in force: a ban without a community covers every community of the tenant. */
export interface SanctionInForce {
  kind: 'remove' | 'ban';
  communityId: string | null;
}

/** What the replica knows about a member, from the members and moderation services' events. */
export interface MemberFacts {
  activeCommunityIds: readonly string[];
  segmentIds: readonly string[];
  marketingConsent: boolean;
  sanctions: readonly SanctionInForce[];
}

const refuse = (reason: Exclude<EligibilityReason, 'ELIGIBLE'>): EligibilityVerdict => ({ eligible: false, reason, communityId: null });

/**
 * The member may join through a community of the campaign they belong to and are not sanctioned in,
 * if they are in the target segment (when there is one) and consented to marketing. A sanction is
 * named before the rest: a removed member is usually no longer a member either, and the removal is why.
 */
export function decideEligibility(targeting: CampaignTargeting, facts: MemberFacts): EligibilityVerdict {
  const tenantWideBan = facts.sanctions.some((sanction) => sanction.communityId === null);
  const sanctionedIn = new Set(facts.sanctions.map((sanction) => sanction.communityId));
  const memberOf = targeting.communityIds.filter((communityId) => facts.activeCommunityIds.includes(communityId));
  const open = tenantWideBan ? [] : memberOf.filter((communityId) => !sanctionedIn.has(communityId));
  const sanctionedEverywhere = tenantWideBan || targeting.communityIds.some((communityId) => sanctionedIn.has(communityId));
  if (!open.length && sanctionedEverywhere) return refuse('SANCTIONED');
  if (!open.length) return refuse('NOT_A_COMMUNITY_MEMBER');
  if (targeting.segmentId !== null && !facts.segmentIds.includes(targeting.segmentId)) return refuse('NOT_IN_TARGET_SEGMENT');
  if (!facts.marketingConsent) return refuse('NO_MARKETING_CONSENT');
  return { eligible: true, reason: 'ELIGIBLE', communityId: open[0]! };
}
