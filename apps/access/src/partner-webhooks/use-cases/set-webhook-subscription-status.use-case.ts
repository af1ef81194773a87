import { Inject, Injectable } from '@nestjs/common';
import { type EventStore } from '@groundswell/event-store';
import { beijingTime, PG_POOL, type Identity } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { webhookSubscriptionDecider, type WebhookSubscriptionCommand } from '../webhook-subscription.decider';
import { webhookSubscriptionStream } from '../webhook-subscription.events';
import { webhookSubscriptionsEventStore } from '../webhook-subscriptions.projection';

export const dispatcherSubject = 'system:partner-webhooks';

@Injectable()
export class SetWebhookSubscriptionStatusUseCase {
  private readonly store: EventStore;

  constructor(@Inject(PG_POOL) pool: Pool) {
    this.store = webhookSubscriptionsEventStore(pool);
  }

  disable(identity: Identity, subscriptionId: string, idempotencyKey?: string): Promise<void> {
    const notice = `Webhook 订阅已由 ${identity.sub} 于 ${beijingTime(new Date())} 手动停用；停用期间的事件会保留，重新启用后补发。`;
    return this.handle(identity.tenant, { type: 'DisableWebhookSubscription', subscriptionId, reason: 'manual', notice, by: identity.sub }, idempotencyKey);
  }

  enable(identity: Identity, subscriptionId: string, idempotencyKey?: string): Promise<void> {
    return this.handle(identity.tenant, { type: 'EnableWebhookSubscription', subscriptionId, by: identity.sub }, idempotencyKey);
  }

  /** The dispatcher's decision after sustained failure; the notice is what the tenant's operators read. */
  disableFailing(tenantId: string, subscriptionId: string, failingSince: Date): Promise<void> {
    const notice = `Webhook 订阅自 ${beijingTime(failingSince)} 起投递持续失败超过 5 天，已自动停用。请修复接收端后重新启用；停用期间的事件会保留并补发，也可从任一时间点重放。`;
    return this.handle(tenantId, { type: 'DisableWebhookSubscription', subscriptionId, reason: 'failing', notice, by: dispatcherSubject });
  }

  private async handle(tenantId: string, command: WebhookSubscriptionCommand, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: webhookSubscriptionDecider,
      stream: { tenantId, ...webhookSubscriptionStream(command.subscriptionId) },
      command,
      context: { idempotencyKey },
    });
  }
}
