import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { CampaignDraftsModule } from './campaign-drafts/campaign-drafts.module';

export const campaignsApplication: ServiceApplicationOptions = {
  features: [CampaignDraftsModule],
};
