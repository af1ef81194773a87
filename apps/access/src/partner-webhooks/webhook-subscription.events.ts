// Kept in the access service's own event store. Signing secrets are not in events (events are kept
// for ever); they live in webhook_signing_secrets, written in the same transaction.
export const webhookEventTypes = {
  created: 'groundswell.access.WebhookSubscriptionCreated.v1',
  secretRotated: 'groundswell.access.WebhookSecretRotated.v1',
  disabled: 'groundswell.access.WebhookSubscriptionDisabled.v1',
  enabled: 'groundswell.access.WebhookSubscriptionEnabled.v1',
} as const;

export interface WebhookSubscriptionCreated {
  type: typeof webhookEventTypes.created;
  data: { subscriptionId: string; partner: string; url: string; eventTypes: string[]; createdBy: string };
}

export interface WebhookSecretRotated {
  type: typeof webhookEventTypes.secretRotated;
  data: { subscriptionId: string; previousSecretValidUntil: string; rotatedBy: string };
}

export type WebhookDisableReason = 'manual' | 'failing';

export interface WebhookSubscriptionDisabled {
  type: typeof webhookEventTypes.disabled;
  /** `notice` is what the tenant's operators are shown (Chinese, Beijing time). */
  data: { subscriptionId: string; reason: WebhookDisableReason; notice: string; disabledBy: string };
}

export interface WebhookSubscriptionEnabled {
  type: typeof webhookEventTypes.enabled;
  data: { subscriptionId: string; enabledBy: string };
}

export type WebhookSubscriptionEvent = WebhookSubscriptionCreated | WebhookSecretRotated | WebhookSubscriptionDisabled | WebhookSubscriptionEnabled;

export const webhookSubscriptionStream = (subscriptionId: string) => ({
  streamId: `webhook-subscription-${subscriptionId}`,
  streamType: 'webhook-subscription',
});
