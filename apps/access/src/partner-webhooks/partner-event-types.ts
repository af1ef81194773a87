import { partnerChannels } from '@groundswell/events';

/** Every partner topic a webhook can be driven from, and the event types on them. */
export const partnerWebhookTopics = (): string[] => partnerChannels.map((channel) => channel.topic);

export const partnerEventTypes = (): string[] => partnerChannels.flatMap((channel) => channel.messages.map((message) => message.contract.type)).sort();
