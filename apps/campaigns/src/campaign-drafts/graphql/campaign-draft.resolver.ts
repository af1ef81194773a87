import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, PageArgs, RequestError, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { CampaignDraftQueries } from '../campaign-draft.queries';
import { CreateCampaignDraftUseCase } from '../use-cases/create-campaign-draft.use-case';
import { RenameCampaignDraftUseCase } from '../use-cases/rename-campaign-draft.use-case';
import { CampaignDraft, CampaignDraftConnection, CampaignDraftPayload, CreateCampaignDraftInput, RenameCampaignDraftInput } from './campaign-draft.types';

@Resolver(() => CampaignDraft)
export class CampaignDraftResolver {
  constructor(
    private readonly queries: CampaignDraftQueries,
    private readonly createCampaignDraftUseCase: CreateCampaignDraftUseCase,
    private readonly renameCampaignDraftUseCase: RenameCampaignDraftUseCase,
  ) {}

  @Query(() => CampaignDraftConnection, { description: 'Your tenant\'s campaign drafts, newest first' })
  @RequirePermissions('campaigns:read')
  campaignDrafts(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return this.queries.campaignDrafts(identity.tenant, page.first, page.after);
  }

  @Query(() => CampaignDraft, { nullable: true })
  @RequirePermissions('campaigns:read')
  campaignDraft(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.campaignDraft(identity.tenant, id);
  }

  @Mutation(() => CampaignDraftPayload)
  @RequirePermissions('campaigns:manage')
  async createCampaignDraft(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: CreateCampaignDraftInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<CampaignDraftPayload> {
    const campaignDraftId = await this.createCampaignDraftUseCase.execute(identity, input, idempotencyKey);
    return { campaignDraft: await this.readBack(identity, campaignDraftId) };
  }

  @Mutation(() => CampaignDraftPayload)
  @RequirePermissions('campaigns:manage')
  async renameCampaignDraft(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RenameCampaignDraftInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<CampaignDraftPayload> {
    await this.renameCampaignDraftUseCase.execute(identity, input, idempotencyKey);
    return { campaignDraft: await this.readBack(identity, input.id) };
  }

  private async readBack(identity: Identity, campaignDraftId: string) {
    const campaignDraft = await this.queries.campaignDraft(identity.tenant, campaignDraftId);
    if (!campaignDraft) throw new RequestError('INTERNAL', 'The campaign draft was written but cannot be read back');
    return campaignDraft;
  }
}
