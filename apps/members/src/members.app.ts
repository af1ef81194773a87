import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { MembersModule } from './members.module';

export const membersApplication: ServiceApplicationOptions = {
  features: [MembersModule],
};
