import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Connection, CurrentIdentity, IdempotencyKeyArg, type Identity, mapConnection, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { CampaignQueries } from '../campaign.queries';
import { CreateCampaignUseCase } from '../use-cases/create-campaign.use-case';
import { MoveCampaignUseCase, type CampaignMove } from '../use-cases/move-campaign.use-case';
import { ReviewCampaignUseCase } from '../use-cases/review-campaign.use-case';
import { ReviseCampaignUseCase } from '../use-cases/revise-campaign.use-case';
import { campaignView, planFrom } from './campaign.mapping';
import { Campaign, CampaignConnection, CampaignFilterInput, CampaignPayload, CreateCampaignInput, PauseCampaignInput, ReviewCampaignInput, ReviseCampaignInput } from './campaign.types';

@Resolver(() => Campaign)
export class CampaignResolver {
  constructor(
    private readonly queries: CampaignQueries,
    private readonly createCampaignUseCase: CreateCampaignUseCase,
    private readonly reviseCampaignUseCase: ReviseCampaignUseCase,
    private readonly moveCampaignUseCase: MoveCampaignUseCase,
    private readonly reviewCampaignUseCase: ReviewCampaignUseCase,
  ) {}

  @Query(() => CampaignConnection, { description: 'Your tenant\'s campaigns, newest first' })
  @RequirePermissions('campaigns:read-definitions')
  async campaigns(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('filter', { type: () => CampaignFilterInput, nullable: true }) filter?: CampaignFilterInput | null,
  ): Promise<Connection<Campaign>> {
    return mapConnection(await this.queries.campaigns(identity.tenant, filter ?? {}, page.first, page.after), campaignView);
  }

  @Query(() => Campaign, { nullable: true })
  @RequirePermissions('campaigns:read-definitions')
  async campaign(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Campaign | null> {
    const found = await this.queries.campaign(identity.tenant, id);
    return found && campaignView(found);
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, @CurrentIdentity() identity: Identity): Promise<Campaign | null> {
    const found = await this.queries.campaign(identity.tenant, reference.id);
    return found && campaignView(found);
  }

  @Mutation(() => CampaignPayload, { description: 'A draft campaign; it needs a goal with targets first (CMP-30)' })
  @RequirePermissions('campaigns:manage')
  async createCampaign(@CurrentIdentity() identity: Identity, @Args('input') input: CreateCampaignInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CampaignPayload> {
    const id = await this.createCampaignUseCase.execute(identity, { kind: input.kind, plan: planFrom(input.plan) }, idempotencyKey);
    return this.readBack(identity, id);
  }

  @Mutation(() => CampaignPayload)
  @RequirePermissions('campaigns:manage')
  async reviseCampaign(@CurrentIdentity() identity: Identity, @Args('input') input: ReviseCampaignInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CampaignPayload> {
    await this.reviseCampaignUseCase.execute(identity, { id: input.id, plan: planFrom(input.plan) }, idempotencyKey);
    return this.readBack(identity, input.id);
  }

  @Mutation(() => CampaignPayload, { description: 'Draft → scheduled; the campaign clock starts and ends it on schedule' })
  @RequirePermissions('campaigns:manage')
  scheduleCampaign(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CampaignPayload> {
    return this.move(identity, id, { type: 'ScheduleCampaign' }, idempotencyKey);
  }

  @Mutation(() => CampaignPayload)
  @RequirePermissions('campaigns:manage')
  pauseCampaign(@CurrentIdentity() identity: Identity, @Args('input') input: PauseCampaignInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CampaignPayload> {
    return this.move(identity, input.id, { type: 'PauseCampaign', reason: input.reason }, idempotencyKey);
  }

  @Mutation(() => CampaignPayload)
  @RequirePermissions('campaigns:manage')
  resumeCampaign(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CampaignPayload> {
    return this.move(identity, id, { type: 'ResumeCampaign' }, idempotencyKey);
  }

  @Mutation(() => CampaignPayload, { description: 'Ends a running or paused campaign before its scheduled end' })
  @RequirePermissions('campaigns:manage')
  endCampaign(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CampaignPayload> {
    return this.move(identity, id, { type: 'EndCampaign', reason: 'operator' }, idempotencyKey);
  }

  @Mutation(() => CampaignPayload, { description: 'Records the post-mortem of an ended campaign (CMP-34)' })
  @RequirePermissions('campaigns:manage')
  async reviewCampaign(@CurrentIdentity() identity: Identity, @Args('input') input: ReviewCampaignInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CampaignPayload> {
    await this.reviewCampaignUseCase.execute(identity, { id: input.id, postMortem: input.postMortem }, idempotencyKey);
    return this.readBack(identity, input.id);
  }

  private async move(identity: Identity, id: string, move: CampaignMove, idempotencyKey?: string): Promise<CampaignPayload> {
    await this.moveCampaignUseCase.execute(identity, id, move, idempotencyKey);
    return this.readBack(identity, id);
  }

  private async readBack(identity: Identity, id: string): Promise<CampaignPayload> {
    const campaign = await requireWritten(this.queries.campaign(identity.tenant, id), 'campaign');
    return { campaign: campaignView(campaign) };
  }
}
