import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { TestDatabase } from '@groundswell/test-kit';
import { aPlan } from '../campaigns/campaign.fixtures';
import type { CampaignKind, CampaignPlan } from '../campaigns/campaign.values';
import { campaignProjections } from '../campaigns/campaigns.projections';
import { campaignClockPass } from '../campaigns/schedule/campaign-clock.pass';
import { CreateCampaignUseCase } from '../campaigns/use-cases/create-campaign.use-case';
import { MoveCampaignUseCase } from '../campaigns/use-cases/move-campaign.use-case';

export const aCampaignManager = (tenant: string): Identity => ({ sub: 'u-manager', tenant, roles: ['campaign_manager'] });
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);

/**
 * A campaign the clock has started: scheduled to open a moment from now, then the clock pass run an
 * hour ahead. Entries, claims, draws and conversions count only while a campaign runs.
 */
export async function aRunningCampaign(database: TestDatabase, by: Identity, kind: CampaignKind, plan: Partial<CampaignPlan> = {}): Promise<string> {
  const store = new EventStore(database.pool, campaignProjections);
  const schedule = { startsAt: hoursFromNow(0.001).toISOString(), endsAt: hoursFromNow(240).toISOString(), timeZone: 'Asia/Shanghai' };
  const id = await new CreateCampaignUseCase(store).execute(by, { kind, plan: aPlan({ schedule, ...plan }) });
  await new MoveCampaignUseCase(store).execute(by, id, { type: 'ScheduleCampaign' });
  await campaignClockPass(store).run(database.pool, hoursFromNow(1));
  return id;
}
