import { Module } from '@nestjs/common';
import { ServiceRuntime } from '@groundswell/service-kit';
import { PartnerWebhooksConsumer } from './delivery/partner-webhooks.consumer';
import { WebhookDispatchScheduler } from './delivery/webhook-dispatch.scheduler';
import { WebhookResolver } from './graphql/webhook.resolver';
import { WebhookUrlPolicy } from './url/webhook-url-policy';
import { CreateWebhookSubscriptionUseCase } from './use-cases/create-webhook-subscription.use-case';
import { RedeliverWebhooksUseCase } from './use-cases/redeliver-webhooks.use-case';
import { RotateWebhookSecretUseCase } from './use-cases/rotate-webhook-secret.use-case';
import { SetWebhookSubscriptionStatusUseCase } from './use-cases/set-webhook-subscription-status.use-case';
import { WebhookQueries } from './webhook.queries';

@Module({
  providers: [
    // SSRF protection is on in production; developers and tests deliver to local receivers.
    { provide: WebhookUrlPolicy, inject: [ServiceRuntime], useFactory: (runtime: ServiceRuntime) => new WebhookUrlPolicy(runtime.config.NODE_ENV === 'production') },
    WebhookQueries,
    WebhookResolver,
    CreateWebhookSubscriptionUseCase,
    RotateWebhookSecretUseCase,
    SetWebhookSubscriptionStatusUseCase,
    RedeliverWebhooksUseCase,
    PartnerWebhooksConsumer,
    WebhookDispatchScheduler,
  ],
})
export class PartnerWebhooksModule {}
