import { domainTopics } from '@groundswell/events';

export const ingestConsumerGroup = 'analytics.ingest';

/** Every domain topic analytics learns from. */
export function ingestTopics(): string[] {
  return Object.values(domainTopics).flatMap((service) => Object.values(service));
}
