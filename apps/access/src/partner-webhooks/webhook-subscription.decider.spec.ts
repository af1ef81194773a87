import { deciderSpec } from '@groundswell/event-store/testing';
import { webhookSubscriptionDecider, type CreateWebhookSubscription } from './webhook-subscription.decider';
import { WebhookError } from './webhook.error';
import { webhookEventTypes, type WebhookSubscriptionEvent } from './webhook-subscription.events';

const joined = 'groundswell.partner.MemberJoined.v1';
const left = 'groundswell.partner.MemberLeft.v1';
const create = (overrides: Partial<CreateWebhookSubscription> = {}): CreateWebhookSubscription => ({
  type: 'CreateWebhookSubscription',
  subscriptionId: 's1',
  partner: 'jd-shop',
  url: 'https://hooks.jd.example/groundswell',
  eventTypes: [left, joined, joined],
  knownEventTypes: [joined, left],
  by: 'u-owner',
  ...overrides,
});
const created: WebhookSubscriptionEvent = {
  type: webhookEventTypes.created,
  data: { subscriptionId: 's1', partner: 'jd-shop', url: 'https://hooks.jd.example/groundswell', eventTypes: [joined, left], createdBy: 'u-owner' },
};
const disabled: WebhookSubscriptionEvent = { type: webhookEventTypes.disabled, data: { subscriptionId: 's1', reason: 'failing', notice: '已自动停用', disabledBy: 'system' } };

describe('webhookSubscriptionDecider', () => {
  const spec = deciderSpec(webhookSubscriptionDecider);

  it('should create a subscription with its event types deduplicated and sorted', () => {
    spec.given([]).when(create()).then([created]);
  });

  it('should refuse a second creation, a partner that is not a slug and event types that are not partner events', () => {
    spec.given([created]).when(create()).thenThrows(WebhookError, 'SUBSCRIPTION_EXISTS');
    spec.given([]).when(create({ partner: 'JD Shop' })).thenThrows(WebhookError, 'PARTNER_INVALID');
    spec.given([]).when(create({ eventTypes: ['groundswell.members.MemberJoined.v1'] })).thenThrows(WebhookError, 'EVENT_TYPES_UNKNOWN');
  });

  it('should rotate the secret of an existing subscription, with the end of the old secret\'s overlap', () => {
    const until = new Date('2026-12-04T08:00:00Z');
    spec
      .given([created])
      .when({ type: 'RotateWebhookSecret', subscriptionId: 's1', previousSecretValidUntil: until, by: 'u-owner' })
      .then([{ type: webhookEventTypes.secretRotated, data: { subscriptionId: 's1', previousSecretValidUntil: until.toISOString(), rotatedBy: 'u-owner' } }]);
  });

  it('should disable once, keeping the first reason, and enable only a disabled subscription', () => {
    const disable = { type: 'DisableWebhookSubscription', subscriptionId: 's1', reason: 'failing', notice: '已自动停用', by: 'system' } as const;
    const enable = { type: 'EnableWebhookSubscription', subscriptionId: 's1', by: 'u-owner' } as const;
    spec.given([created]).when(disable).then([disabled]);
    spec.given([created, disabled]).when({ ...disable, reason: 'manual', notice: '手动停用' }).then([]);
    spec.given([created, disabled]).when(enable).then([{ type: webhookEventTypes.enabled, data: { subscriptionId: 's1', enabledBy: 'u-owner' } }]);
    spec.given([created]).when(enable).then([]);
  });

  it('should refuse every command on a subscription that does not exist', () => {
    spec.given([]).when({ type: 'EnableWebhookSubscription', subscriptionId: 's9', by: 'u-owner' }).thenThrows(WebhookError, 'SUBSCRIPTION_NOT_FOUND');
    spec.given([]).when({ type: 'RotateWebhookSecret', subscriptionId: 's9', previousSecretValidUntil: new Date(), by: 'u-owner' }).thenThrows(WebhookError, 'SUBSCRIPTION_NOT_FOUND');
    spec
      .given([])
      .when({ type: 'DisableWebhookSubscription', subscriptionId: 's9', reason: 'manual', notice: '', by: 'u-owner' })
      .thenThrows(WebhookError, 'SUBSCRIPTION_NOT_FOUND');
  });
});
