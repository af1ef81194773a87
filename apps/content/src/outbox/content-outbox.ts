import type { OutboxRoutes } from '@groundswell/event-store';
import { ConnectorContentPublishedV1, connectorTopics, createEventRegistry, domainTopics, requestTopics, ScreeningRequestedV1 } from '@groundswell/events';

const contracts = createEventRegistry();
const catalogued = new Set<string>(Object.values(domainTopics.content));

/**
 * Where the content service's events go. A screening request goes to moderation's request topic
 * (content asks, moderation answers with TextScreened); content events with a published contract,
 * on a stream type the topic catalogue names, go to `gs.content.<stream type>`; the rest (drafts,
 * settings) are the service's own working state and stay in its store.
 */
export const contentOutboxRoutes: OutboxRoutes = (event) => {
  if (event.type === ScreeningRequestedV1.type) return requestTopics.moderationScreening;
  // A published item's variants, one record each, for the platform connectors.
  if (event.type === ConnectorContentPublishedV1.type) return connectorTopics.content;
  const topic = `gs.content.${event.streamType}`;
  return contracts.find(event.type)?.service === 'content' && catalogued.has(topic) ? topic : undefined;
};
