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
  },
  moderation: {
    report: domainTopic('moderation', 'report'),
    reviewCase: domainTopic('moderation', 'review-case'),
    memberSanctions: domainTopic('moderation', 'member-sanctions'),
    appeal: domainTopic('moderation', 'appeal'),
    crisisAlert: domainTopic('moderation', 'crisis-alert'),
  },
} as const;

export function allTopics(): string[] {
  return [...Object.values(domainTopics).flatMap((service) => Object.values(service)), ...Object.values(partnerTopics)];
}
