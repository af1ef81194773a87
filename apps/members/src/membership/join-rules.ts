import type { CommunityState } from '../communities/community.state';
import { MemberDomainError } from '../shared/member-domain.error';
import type { JoinTarget } from './member.commands';

export interface JoinRequest {
  communityId: string;
  channel: string;
  campaignId?: string;
  referrerMemberId?: string;
}

/** Where a join goes, as the community's own stream says: an unknown community is COMMUNITY_NOT_FOUND. */
export function decideJoinTarget(community: CommunityState, request: JoinRequest): JoinTarget {
  if (!community.exists || !community.platform) {
    throw new MemberDomainError('COMMUNITY_NOT_FOUND', 'No such community', { communityId: request.communityId });
  }
  return {
    community: { communityId: request.communityId, platform: community.platform, status: community.status },
    acquisition: { channel: request.channel, campaignId: request.campaignId, referrerMemberId: request.referrerMemberId },
  };
}

const JOINED_AT_FUTURE_TOLERANCE_MS = 5 * 60_000;

/** When an imported join happened: a past instant (clocks may be a few minutes apart), else INVALID_TIMESTAMP. */
export function requireJoinedAt(joinedAt: Date | undefined | null, now: Date): Date | undefined {
  if (joinedAt === undefined || joinedAt === null) return undefined;
  if (!(joinedAt instanceof Date) || Number.isNaN(joinedAt.getTime()) || joinedAt.getTime() > now.getTime() + JOINED_AT_FUTURE_TOLERANCE_MS) {
    throw new MemberDomainError('INVALID_TIMESTAMP', 'joinedAt must be a past instant', { field: 'joinedAt' });
  }
  return joinedAt;
}
