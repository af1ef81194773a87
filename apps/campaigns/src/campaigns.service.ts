import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';
import { campaignMigrations } from './campaigns/campaign.migrations';
import { conversionMigrations } from './conversions/conversion.migrations';
import { couponMigrations } from './coupons/coupon.migrations';

/** Its port, database and servers are in the service registry (libs/service-kit/src/registry). */
export const campaignsService: ServiceDefinition = {
  name: 'campaigns',
  migrations: [...eventStoreMigrations, ...consumerMigrations, ...campaignMigrations, ...couponMigrations, ...conversionMigrations],
};
