import { Module } from '@nestjs/common';
import { eventStoreProvider, OutboxRelayModule } from '@groundswell/event-store';
import { campaignProjections } from './campaigns.projections';
import { CampaignQueries } from './campaign.queries';
import { CampaignResolver } from './graphql/campaign.resolver';
import { CampaignScheduler } from './schedule/campaign-scheduler';
import { CreateCampaignUseCase } from './use-cases/create-campaign.use-case';
import { MoveCampaignUseCase } from './use-cases/move-campaign.use-case';
import { ReviewCampaignUseCase } from './use-cases/review-campaign.use-case';
import { ReviseCampaignUseCase } from './use-cases/revise-campaign.use-case';

/** Imports the service's outbox relay: campaign, coupon-batch and coupon streams go to gs.campaigns.<stream type>. */
@Module({
  imports: [OutboxRelayModule],
  providers: [eventStoreProvider(campaignProjections), CampaignQueries, CampaignResolver, CreateCampaignUseCase, ReviseCampaignUseCase, MoveCampaignUseCase, ReviewCampaignUseCase, CampaignScheduler],
})
export class CampaignsModule {}
