import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { MembersModule } from './members.module';
import { RewardGrantsModule } from './reward-grants/reward-grants.module';

export const membersApplication: ServiceApplicationOptions = {
  features: [MembersModule, RewardGrantsModule],
};
