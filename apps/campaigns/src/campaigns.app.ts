import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { CampaignsModule } from './campaigns/campaigns.module';
import { ConversionsModule } from './conversions/conversions.module';
import { CouponsModule } from './coupons/coupons.module';
import { PartnerConversionsModule } from './partner-conversions/partner-conversions.module';

export const campaignsApplication: ServiceApplicationOptions = {
  features: [CampaignsModule, CouponsModule, ConversionsModule, PartnerConversionsModule],
};
