import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { CampaignsModule } from './campaigns/campaigns.module';
import { ConversionsModule } from './conversions/conversions.module';
import { CouponsModule } from './coupons/coupons.module';

export const campaignsApplication: ServiceApplicationOptions = {
  features: [CampaignsModule, CouponsModule, ConversionsModule],
};
