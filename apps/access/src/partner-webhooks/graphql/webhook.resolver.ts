import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { CreateWebhookSubscriptionUseCase } from '../use-cases/create-webhook-subscription.use-case';
import { RedeliverWebhooksUseCase } from '../use-cases/redeliver-webhooks.use-case';
import { RotateWebhookSecretUseCase } from '../use-cases/rotate-webhook-secret.use-case';
import { SetWebhookSubscriptionStatusUseCase } from '../use-cases/set-webhook-subscription-status.use-case';
import { WebhookQueries } from '../webhook.queries';
import { CreateWebhookSubscriptionInput, ReplayWebhooksPayload, WebhookDelivery, WebhookDeliveryConnection, WebhookDeliveryStatusEnum, WebhookSubscription, WebhookSubscriptionConnection, WebhookSubscriptionPayload, WebhookSubscriptionSecretPayload } from './webhook.types';

@Resolver(() => WebhookSubscription)
export class WebhookResolver {
  constructor(
    private readonly queries: WebhookQueries,
    private readonly createUseCase: CreateWebhookSubscriptionUseCase,
    private readonly rotateUseCase: RotateWebhookSecretUseCase,
    private readonly statusUseCase: SetWebhookSubscriptionStatusUseCase,
    private readonly redeliverUseCase: RedeliverWebhooksUseCase,
  ) {}

  @Query(() => WebhookSubscriptionConnection, { description: 'Your tenant\'s partner webhook subscriptions, newest first' })
  @RequirePermissions('tenant:administer')
  webhookSubscriptions(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return this.queries.subscriptions(identity.tenant, page.first, page.after);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'A subscription\'s delivery log, newest event first, with every attempt' })
  @RequirePermissions('tenant:administer')
  webhookDeliveries(
    @CurrentIdentity() identity: Identity,
    @Args('subscriptionId', { type: () => ID }) subscriptionId: string,
    @Args() page: PageArgs,
    @Args('status', { type: () => WebhookDeliveryStatusEnum, nullable: true }) status?: string | null,
  ) {
    return this.queries.deliveries(identity.tenant, subscriptionId, status ?? undefined, page.first, page.after);
  }

  @Mutation(() => WebhookSubscriptionSecretPayload, { description: 'Starts delivering partner events to a URL; the signing secret is shown once' })
  @RequirePermissions('tenant:administer')
  async createWebhookSubscription(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: CreateWebhookSubscriptionInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<WebhookSubscriptionSecretPayload> {
    const { subscriptionId, secret } = await this.createUseCase.execute(identity, { ...input, eventTypes: input.eventTypes ?? [] }, idempotencyKey);
    return { webhookSubscription: await this.readBack(identity, subscriptionId), secret };
  }

  @Mutation(() => WebhookSubscriptionSecretPayload, { description: 'A new signing secret; the old one keeps signing beside it for 24 hours' })
  @RequirePermissions('tenant:administer')
  async rotateWebhookSecret(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<WebhookSubscriptionSecretPayload> {
    const secret = await this.rotateUseCase.execute(identity, id, idempotencyKey);
    return { webhookSubscription: await this.readBack(identity, id), secret };
  }

  @Mutation(() => WebhookSubscriptionPayload, { description: 'Stops sending; events keep queuing and are sent once enabled again' })
  @RequirePermissions('tenant:administer')
  async disableWebhookSubscription(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<WebhookSubscriptionPayload> {
    await this.statusUseCase.disable(identity, id, idempotencyKey);
    return { webhookSubscription: await this.readBack(identity, id) };
  }

  @Mutation(() => WebhookSubscriptionPayload, { description: 'Resumes sending, starting with what queued while it was disabled' })
  @RequirePermissions('tenant:administer')
  async enableWebhookSubscription(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<WebhookSubscriptionPayload> {
    await this.statusUseCase.enable(identity, id, idempotencyKey);
    return { webhookSubscription: await this.readBack(identity, id) };
  }

  @Mutation(() => WebhookDelivery, { description: 'Sends one delivery again, with the same webhook-id' })
  @RequirePermissions('tenant:administer')
  async redeliverWebhook(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<WebhookDelivery> {
    await this.redeliverUseCase.redeliver(identity, id, idempotencyKey);
    return requireWritten(this.queries.delivery(identity.tenant, id), 'delivery');
  }

  @Mutation(() => ReplayWebhooksPayload, { description: 'Sends every event of the subscription from an instant on again, with their original webhook-ids' })
  @RequirePermissions('tenant:administer')
  async replayWebhooks(
    @CurrentIdentity() identity: Identity,
    @Args('subscriptionId', { type: () => ID }) subscriptionId: string,
    @Args('from') from: Date,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<ReplayWebhooksPayload> {
    const deliveries = await this.redeliverUseCase.replay(identity, subscriptionId, from, idempotencyKey);
    return { webhookSubscription: await this.readBack(identity, subscriptionId), deliveries };
  }

  private async readBack(identity: Identity, subscriptionId: string) {
    return requireWritten(this.queries.subscription(identity.tenant, subscriptionId), 'webhook subscription');
  }
}
