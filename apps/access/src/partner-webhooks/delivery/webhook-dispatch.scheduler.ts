import { Injectable } from '@nestjs/common';
import { ScheduledPasses, type PassSchedule } from '@groundswell/event-store';
import { WebhookUrlPolicy } from '../url/webhook-url-policy';
import { SetWebhookSubscriptionStatusUseCase } from '../use-cases/set-webhook-subscription-status.use-case';
import { WebhookDispatcher } from './webhook-dispatcher';

/** Sends due webhooks every second, on one replica at a time. */
@Injectable()
export class WebhookDispatchScheduler extends ScheduledPasses {
  private readonly dispatcher: WebhookDispatcher;

  constructor(urlPolicy: WebhookUrlPolicy, statuses: SetWebhookSubscriptionStatusUseCase) {
    super();
    this.dispatcher = new WebhookDispatcher(urlPolicy, (tenantId, subscriptionId, failingSince) => statuses.disableFailing(tenantId, subscriptionId, failingSince));
  }

  protected schedule(): PassSchedule {
    return { passes: [this.dispatcher], intervalMs: 1000, clock: () => new Date(), component: 'partner-webhooks' };
  }
}
