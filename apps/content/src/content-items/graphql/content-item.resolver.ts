import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Connection, CurrentIdentity, IdempotencyKeyArg, type Identity, mapConnection, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { ContentItemQueries } from '../content-item.queries';
import { CreateContentItemUseCase } from '../use-cases/create-content-item.use-case';
import { MoveContentItemUseCase, type ContentItemMove } from '../use-cases/move-content-item.use-case';
import { ReviewContentItemUseCase } from '../use-cases/review-content-item.use-case';
import { ReviseContentItemUseCase } from '../use-cases/revise-content-item.use-case';
import { SetContentVariantUseCase } from '../use-cases/set-content-variant.use-case';
import { SubmitContentItemUseCase } from '../use-cases/submit-content-item.use-case';
import { ContentItemContentInput, FastTrackContentItemInput, ReviewContentItemInput, ReviseContentItemInput, ScheduleContentItemInput, SetContentVariantInput } from './content-item.inputs';
import { contentItemView, itemContentFrom } from './content-item.mapping';
import { ContentItem, ContentItemConnection, ContentItemFilterInput, ContentItemPayload, ContentReview, ContentVariant } from './content-item.types';

@Resolver(() => ContentItem)
export class ContentItemResolver {
  constructor(
    private readonly queries: ContentItemQueries,
    private readonly createUseCase: CreateContentItemUseCase,
    private readonly reviseUseCase: ReviseContentItemUseCase,
    private readonly setVariantUseCase: SetContentVariantUseCase,
    private readonly submitUseCase: SubmitContentItemUseCase,
    private readonly reviewUseCase: ReviewContentItemUseCase,
    private readonly moveUseCase: MoveContentItemUseCase,
  ) {}

  @Query(() => ContentItemConnection, { description: 'Your tenant\'s content items, newest first; search and filters combine' })
  @RequirePermissions('content:read')
  async contentItems(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ContentItemFilterInput, nullable: true }) filter?: ContentItemFilterInput | null,
  ): Promise<Connection<ContentItem>> {
    return mapConnection(await this.queries.contentItems(identity.tenant, filter ?? {}, page.first, page.after), contentItemView);
  }

  @Query(() => ContentItem, { nullable: true })
  @RequirePermissions('content:read')
  async contentItem(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<ContentItem | null> {
    const found = await this.queries.contentItem(identity.tenant, id);
    return found && contentItemView(found);
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, @CurrentIdentity() identity: Identity): Promise<ContentItem | null> {
    const found = await this.queries.contentItem(identity.tenant, reference.id);
    return found && contentItemView(found);
  }

  @ResolveField(() => [ContentVariant], { description: 'One per platform' })
  variants(@Parent() item: ContentItem, @CurrentIdentity() identity: Identity) {
    return this.queries.variants(identity.tenant, item.id);
  }

  @ResolveField(() => [ContentReview], { description: 'Every review round, oldest first' })
  reviews(@Parent() item: ContentItem, @CurrentIdentity() identity: Identity) {
    return this.queries.reviews(identity.tenant, item.id);
  }

  @Mutation(() => ContentItemPayload, { description: 'A draft item' })
  @RequirePermissions('content:write')
  async createContentItem(@CurrentIdentity() identity: Identity, @Args('input') input: ContentItemContentInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentItemPayload> {
    return this.readBack(identity, await this.createUseCase.execute(identity, itemContentFrom(input), idempotencyKey));
  }

  @Mutation(() => ContentItemPayload, { description: 'Rewrites a draft or rejected item' })
  @RequirePermissions('content:write')
  async reviseContentItem(@CurrentIdentity() identity: Identity, @Args('input') input: ReviseContentItemInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentItemPayload> {
    await this.reviseUseCase.execute(identity, input.id, itemContentFrom(input.content), idempotencyKey);
    return this.readBack(identity, input.id);
  }

  @Mutation(() => ContentItemPayload, { description: 'Writes or replaces the variant for one platform, within its limits' })
  @RequirePermissions('content:write')
  async setContentVariant(@CurrentIdentity() identity: Identity, @Args('input') input: SetContentVariantInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentItemPayload> {
    const { contentItemId, platform, title, text, mediaAssetIds, hashtags } = input;
    await this.setVariantUseCase.execute(identity, contentItemId, { platform, title: title ?? undefined, text, mediaAssetIds, hashtags }, idempotencyKey);
    return this.readBack(identity, contentItemId);
  }

  @Mutation(() => ContentItemPayload, { description: 'Into review; moderation screens every variant first' })
  @RequirePermissions('content:write')
  async submitContentItem(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentItemPayload> {
    await this.submitUseCase.execute(identity, id, idempotencyKey);
    return this.readBack(identity, id);
  }

  @Mutation(() => ContentItemPayload, { description: 'One review round: approve on all four axes, or reject with comments; never your own item' })
  @RequirePermissions('content:approve')
  async reviewContentItem(@CurrentIdentity() identity: Identity, @Args('input') input: ReviewContentItemInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentItemPayload> {
    await this.reviewUseCase.execute(identity, input.id, input, idempotencyKey);
    return this.readBack(identity, input.id);
  }

  @Mutation(() => ContentItemPayload, { description: 'An approved item goes out at publishAt' })
  @RequirePermissions('content:publish')
  scheduleContentItem(@CurrentIdentity() identity: Identity, @Args('input') input: ScheduleContentItemInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentItemPayload> {
    return this.move(identity, input.id, { type: 'ScheduleContentItem', publishAt: input.publishAt }, idempotencyKey);
  }

  @Mutation(() => ContentItemPayload)
  @RequirePermissions('content:publish')
  unscheduleContentItem(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentItemPayload> {
    return this.move(identity, id, { type: 'UnscheduleContentItem' }, idempotencyKey);
  }

  @Mutation(() => ContentItemPayload, { description: 'An approved item goes out now: one ContentPublished per variant for the platform connectors' })
  @RequirePermissions('content:publish')
  publishContentItem(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentItemPayload> {
    return this.move(identity, id, { type: 'PublishContentItem' }, idempotencyKey);
  }

  @Mutation(() => ContentItemPayload, { description: 'Emergency fast track (CNT-26): out now, before review; a review afterwards is mandatory' })
  @RequirePermissions('content:publish')
  fastTrackContentItem(@CurrentIdentity() identity: Identity, @Args('input') input: FastTrackContentItemInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentItemPayload> {
    return this.move(identity, input.id, { type: 'FastTrackContentItem', reason: input.reason }, idempotencyKey);
  }

  @Mutation(() => ContentItemPayload)
  @RequirePermissions('content:write')
  archiveContentItem(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentItemPayload> {
    return this.move(identity, id, { type: 'ArchiveContentItem' }, idempotencyKey);
  }

  private async move(identity: Identity, id: string, move: ContentItemMove, idempotencyKey?: string): Promise<ContentItemPayload> {
    await this.moveUseCase.execute(identity, id, move, idempotencyKey);
    return this.readBack(identity, id);
  }

  private async readBack(identity: Identity, contentItemId: string): Promise<ContentItemPayload> {
    const found = await requireWritten(this.queries.contentItem(identity.tenant, contentItemId), 'content item');
    return { contentItem: contentItemView(found) };
  }
}
