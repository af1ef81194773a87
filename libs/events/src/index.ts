export * from './errors/event-contract-error';

export * from './envelope/event-envelope';
export * from './envelope/event-type';
export * from './envelope/data-schema-uri';
export * from './envelope/envelope-attributes';
export * from './envelope/create-envelope';
export * from './envelope/derive-envelope';
export { kafkaHeaderName, readHeader, type KafkaHeaders, type KafkaHeaderValue } from './envelope/kafka-headers';
export * from './envelope/kafka-binary-mode';

export * from './contracts/event-definition';
export * from './contracts/define-event';
export * from './contracts/event-registry';

export * from './schemas/render-schemas';
export * from './schemas/breaking-changes';
export * from './schemas/schema-status';

export * from './topics';
export * from './all-events';
export * from './members';
export * from './moderation';
export * from './moderation/crisis-events';
export * from './activity/member-activity-recorded.v1';
export * from './campaigns/campaign-events';
export * from './content/content-values';
export * from './content/content-item-events';
export * from './content/calendar-events';
export * from './content/ugc-events';
export * from './content/engagement-events';
export * from './partner/partner-member-events';
export * from './partner/partner-conversion-events';
export * from './partner/partner-topic-config';
export * from './partner/partner-channels';
export * from './connector/moderation-connector-events';
export * from './connector/content-connector-events';
export * from './gateway/mutation-audited.v1';
