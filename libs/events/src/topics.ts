import { EventContractError } from './errors/event-contract-error';

/** Kafka allows capitals too; we don't, so names never differ by case alone. */
export const topicNamePattern = /^[a-z0-9._-]+$/;
const topicSegmentPattern = /^[a-z0-9][a-z0-9_-]*$/;
const kafkaMaxTopicLength = 249;

export function assertTopicName(name: string): string {
  if (!topicNamePattern.test(name) || name.length > kafkaMaxTopicLength || name === '.' || name === '..') {
    throw new EventContractError(
      'INVALID_TOPIC_NAME',
      `Topic name "${name}" must be 1–${kafkaMaxTopicLength} characters of [a-z0-9._-]`,
    );
  }
  return name;
}

/** `gs.<service>.<aggregate>`: one internal topic per aggregate type, keyed by stream id. */
export function domainTopic<TService extends string, TAggregate extends string>(
  service: TService,
  aggregate: TAggregate,
): `gs.${TService}.${TAggregate}` {
  for (const segment of [service, aggregate]) {
    if (!topicSegmentPattern.test(segment)) {
      throw new EventContractError(
        'INVALID_TOPIC_NAME',
        `Topic segment "${segment}" must start with [a-z0-9] and contain only [a-z0-9_-]`,
      );
    }
  }
  return assertTopicName(`gs.${service}.${aggregate}`) as `gs.${TService}.${TAggregate}`;
}

/** `<consumer-group>.dlq`: where a consumer group parks messages it could not handle. */
export function deadLetterTopic<TGroup extends string>(consumerGroup: TGroup): `${TGroup}.dlq` {
  return assertTopicName(`${consumerGroup}.dlq`) as `${TGroup}.dlq`;
}

/** Stable public contracts for partner platforms; a breaking change means a new `.vN` topic. */
export const partnerTopics = {
  members: 'gs.partner.members.v1',
  conversions: 'gs.partner.conversions.v1',
} as const;

const partnerTopicPrefix = 'gs.partner.';

/**
 * A tenant's own copy of a partner topic, the one partner credentials may read (ADR 0016):
 * `gs.partner.members.v1` → `gs.partner.<tenant>.members.v1`. Same contract, same records, one tenant's.
 */
export function tenantPartnerTopic(tenantId: string, partnerTopic: string): string {
  if (!partnerTopic.startsWith(partnerTopicPrefix)) {
    throw new EventContractError('INVALID_TOPIC_NAME', `"${partnerTopic}" is not a partner topic`);
  }
  if (!topicSegmentPattern.test(tenantId)) {
    throw new EventContractError('INVALID_TOPIC_NAME', `Tenant id "${tenantId}" cannot name a topic: it must match ${topicSegmentPattern}`);
  }
  return assertTopicName(`${partnerTopicPrefix}${tenantId}.${partnerTopic.slice(partnerTopicPrefix.length)}`);
}

/** Decisions platform connectors carry out where Groundswell cannot reach; minimised, versioned like partner topics. */
export const connectorTopics = {
  moderation: 'gs.connector.moderation.v1',
  content: 'gs.connector.content.v1',
} as const;

/** Every internal domain topic, by service then aggregate. */
export const domainTopics = {
  members: {
    member: domainTopic('members', 'member'),
    community: domainTopic('members', 'community'),
    points: domainTopic('members', 'points'),
    activity: domainTopic('members', 'activity'),
    catalogueItem: domainTopic('members', 'catalogue-item'),
    tag: domainTopic('members', 'tag'),
    memberTags: domainTopic('members', 'member-tags'),
    segmentMembership: domainTopic('members', 'segment-membership'),
  },
  moderation: {
    report: domainTopic('moderation', 'report'),
    reviewCase: domainTopic('moderation', 'review-case'),
    memberSanctions: domainTopic('moderation', 'member-sanctions'),
    appeal: domainTopic('moderation', 'appeal'),
    crisisAlert: domainTopic('moderation', 'crisis-alert'),
    textScreening: domainTopic('moderation', 'text-screening'),
  },
  campaigns: {
    campaign: domainTopic('campaigns', 'campaign'),
    couponBatch: domainTopic('campaigns', 'coupon-batch'),
    coupon: domainTopic('campaigns', 'coupon'),
    conversion: domainTopic('campaigns', 'conversion'),
    lottery: domainTopic('campaigns', 'lottery'),
    quiz: domainTopic('campaigns', 'quiz'),
    contest: domainTopic('campaigns', 'contest'),
    participation: domainTopic('campaigns', 'participation'),
    registration: domainTopic('campaigns', 'registration'),
    ballot: domainTopic('campaigns', 'ballot'),
    referralProgramme: domainTopic('campaigns', 'referral-programme'),
    referrer: domainTopic('campaigns', 'referrer'),
    rewardGrant: domainTopic('campaigns', 'reward-grant'),
  },
  content: {
    contentItem: domainTopic('content', 'content-item'),
    contribution: domainTopic('content', 'contribution'),
    engagement: domainTopic('content', 'engagement'),
  },
} as const;

/** Topics a service reads requests from, written by any other service (not by an outbox relay). */
export const requestTopics = {
  moderationScreening: assertTopicName('gs.moderation.screening-requests'),
} as const;

export function allTopics(): string[] {
  return [...Object.values(domainTopics).flatMap((service) => Object.values(service)), ...Object.values(requestTopics), ...Object.values(connectorTopics), ...Object.values(partnerTopics)];
}
