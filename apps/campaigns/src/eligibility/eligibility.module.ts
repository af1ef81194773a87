import { Module } from '@nestjs/common';
import { CampaignEligibility } from './campaign-eligibility';
import { EligibilityConsumer } from './eligibility.consumer';

/** Who may take part in a campaign, from a replica of other services' events (issue 14, item 2). */
@Module({ providers: [CampaignEligibility, EligibilityConsumer], exports: [CampaignEligibility] })
export class EligibilityModule {}
