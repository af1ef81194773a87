import type { Decider } from '@groundswell/event-store';
import { WebhookError } from './webhook.error';
import { webhookEventTypes, type WebhookDisableReason, type WebhookSubscriptionEvent } from './webhook-subscription.events';

export interface CreateWebhookSubscription {
  type: 'CreateWebhookSubscription';
  subscriptionId: string;
  partner: string;
  /** Already checked by the URL policy, which needs the network. */
  url: string;
  eventTypes: readonly string[];
  knownEventTypes: readonly string[];
  by: string;
}

export interface RotateWebhookSecret {
  type: 'RotateWebhookSecret';
  subscriptionId: string;
  previousSecretValidUntil: Date;
  by: string;
}

export interface DisableWebhookSubscription {
  type: 'DisableWebhookSubscription';
  subscriptionId: string;
  reason: WebhookDisableReason;
  notice: string;
  by: string;
}

export interface EnableWebhookSubscription {
  type: 'EnableWebhookSubscription';
  subscriptionId: string;
  by: string;
}

export type WebhookSubscriptionCommand = CreateWebhookSubscription | RotateWebhookSecret | DisableWebhookSubscription | EnableWebhookSubscription;

export type WebhookSubscriptionState = { status: 'none' } | { status: 'active' | 'disabled' };

const partnerPattern = /^[a-z0-9][a-z0-9-]{1,39}$/;

function create(command: CreateWebhookSubscription, state: WebhookSubscriptionState): WebhookSubscriptionEvent[] {
  if (state.status !== 'none') throw new WebhookError('SUBSCRIPTION_EXISTS', 'This webhook subscription exists already', { subscriptionId: command.subscriptionId });
  if (!partnerPattern.test(command.partner)) {
    throw new WebhookError('PARTNER_INVALID', 'The partner must be 2–40 lowercase letters, digits or dashes, e.g. "jd-shop"', { partner: command.partner });
  }
  const eventTypes = [...new Set(command.eventTypes)].sort();
  const unknown = eventTypes.filter((type) => !command.knownEventTypes.includes(type));
  if (unknown.length > 0) throw new WebhookError('EVENT_TYPES_UNKNOWN', `Not partner event types: ${unknown.join(', ')}`, { unknown, known: command.knownEventTypes });
  return [{ type: webhookEventTypes.created, data: { subscriptionId: command.subscriptionId, partner: command.partner, url: command.url, eventTypes, createdBy: command.by } }];
}

function requireExisting(command: { subscriptionId: string }, state: WebhookSubscriptionState): asserts state is { status: 'active' | 'disabled' } {
  if (state.status === 'none') throw new WebhookError('SUBSCRIPTION_NOT_FOUND', 'No such webhook subscription', { subscriptionId: command.subscriptionId });
}

function decide(command: WebhookSubscriptionCommand, state: WebhookSubscriptionState): WebhookSubscriptionEvent[] {
  if (command.type === 'CreateWebhookSubscription') return create(command, state);
  requireExisting(command, state);
  const { subscriptionId } = command;
  switch (command.type) {
    case 'RotateWebhookSecret':
      return [{ type: webhookEventTypes.secretRotated, data: { subscriptionId, previousSecretValidUntil: command.previousSecretValidUntil.toISOString(), rotatedBy: command.by } }];
    case 'DisableWebhookSubscription':
      // Disabling a disabled subscription keeps the first reason: the notice operators saw stays true.
      return state.status === 'disabled' ? [] : [{ type: webhookEventTypes.disabled, data: { subscriptionId, reason: command.reason, notice: command.notice, disabledBy: command.by } }];
    case 'EnableWebhookSubscription':
      return state.status === 'active' ? [] : [{ type: webhookEventTypes.enabled, data: { subscriptionId, enabledBy: command.by } }];
  }
}

export const webhookSubscriptionDecider: Decider<WebhookSubscriptionCommand, WebhookSubscriptionEvent, WebhookSubscriptionState> = {
  initialState: () => ({ status: 'none' }),
  decide,
  evolve: (state, event) => {
    switch (event.type) {
      case webhookEventTypes.created:
      case webhookEventTypes.enabled:
        return { status: 'active' };
      case webhookEventTypes.disabled:
        return { status: 'disabled' };
      default:
        return state;
    }
  },
};
