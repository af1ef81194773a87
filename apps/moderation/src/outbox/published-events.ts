import type { OutboxPublishes } from '@groundswell/event-store';
import { createEventRegistry, domainTopics } from '@groundswell/events';

const contracts = createEventRegistry();
const catalogued = new Set<string>(Object.values(domainTopics.moderation));

/**
 * Only events with a published contract, on a stream type the topic catalogue names, leave
 * moderation. The rest (watched-word lists, crisis observations, acknowledgements, post-mortem
 * notes, settings) are the service's own working state and stay in its store.
 */
export const isPublishedModerationEvent: OutboxPublishes = (event) =>
  contracts.find(event.type)?.service === 'moderation' && catalogued.has(`gs.moderation.${event.streamType}`);
