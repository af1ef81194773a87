/**
 * Stream ids (the CloudEvents `subject`, the Kafka key) and stream types of the members service.
 * Prefixed so that the points account and the member, which share the member's uuid, never collide.
 */
export const memberStreams = {
  community: (communityId: string) => ({ streamId: `community-${communityId}`, streamType: 'community' }),
  member: (memberId: string) => ({ streamId: `member-${memberId}`, streamType: 'member' }),
  points: (memberId: string) => ({ streamId: `points-${memberId}`, streamType: 'points' }),
  catalogueItem: (itemId: string) => ({ streamId: `catalogue-item-${itemId}`, streamType: 'catalogue-item' }),
  tag: (tagId: string) => ({ streamId: `tag-${tagId}`, streamType: 'tag' }),
  memberTags: (memberId: string) => ({ streamId: `member-tags-${memberId}`, streamType: 'member-tags' }),
} as const;
