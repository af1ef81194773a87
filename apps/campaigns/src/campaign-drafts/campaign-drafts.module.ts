import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { CampaignDraftQueries } from './campaign-draft.queries';
import { campaignDraftProjections } from './campaign-drafts.projection';
import { CampaignDraftResolver } from './graphql/campaign-draft.resolver';
import { CreateCampaignDraftUseCase } from './use-cases/create-campaign-draft.use-case';
import { RenameCampaignDraftUseCase } from './use-cases/rename-campaign-draft.use-case';

@Module({
  providers: [eventStoreProvider(campaignDraftProjections), CampaignDraftQueries, CampaignDraftResolver, CreateCampaignDraftUseCase, RenameCampaignDraftUseCase],
})
export class CampaignDraftsModule {}
