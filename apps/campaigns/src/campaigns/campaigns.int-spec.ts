import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import { freshDatabase } from '@groundswell/test-kit';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { aCampaignManager as aManager, hoursFromNow } from '../testing/running-campaign';
import { aPlan } from './campaign.fixtures';
import { CampaignQueries } from './campaign.queries';
import { campaignProjections } from './campaigns.projections';
import { campaignClockPass } from './schedule/campaign-clock.pass';
import { CreateCampaignUseCase } from './use-cases/create-campaign.use-case';
import { MoveCampaignUseCase } from './use-cases/move-campaign.use-case';

const aTenantId = () => `tenant-${randomUUID().slice(0, 8)}`;
const planFor = (name: string, communityIds = ['community-1']) =>
  aPlan({ name, communityIds, schedule: { startsAt: hoursFromNow(1).toISOString(), endsAt: hoursFromNow(48).toISOString(), timeZone: 'Asia/Shanghai' } });

describe('campaigns', () => {
  const database = freshDatabase('test', () => createCampaignsDatabase('campaigns'));
  let store: EventStore;
  let create: CreateCampaignUseCase;
  let move: MoveCampaignUseCase;
  let queries: CampaignQueries;

  beforeEach(() => {
    store = new EventStore(database.pool, campaignProjections);
    [create, move, queries] = [new CreateCampaignUseCase(store), new MoveCampaignUseCase(store), new CampaignQueries(database.pool)];
  });

  it('should start a scheduled campaign at its start and end it at its end, by the clock', async () => {
    const tenant = aTenantId();
    const id = await create.execute(aManager(tenant), { kind: 'check_in', plan: planFor('21天打卡挑战') });
    const draft = await create.execute(aManager(tenant), { kind: 'lottery', plan: planFor('未排期的抽奖') });
    await move.execute(aManager(tenant), id, { type: 'ScheduleCampaign' });
    const clock = campaignClockPass(store);

    expect(await clock.run(database.pool, hoursFromNow(0.5))).toBe(0);
    expect(await clock.run(database.pool, hoursFromNow(2))).toBe(1);
    expect(await queries.campaign(tenant, id)).toMatchObject({ status: 'running', updatedBy: 'system:campaign-clock' });
    await move.execute(aManager(tenant), id, { type: 'PauseCampaign', reason: '调整奖品' });
    expect(await clock.run(database.pool, hoursFromNow(49))).toBe(1);
    expect(await queries.campaign(tenant, id)).toMatchObject({ status: 'ended', endReason: 'schedule', pauseReason: '调整奖品' });
    expect((await queries.campaign(tenant, draft))?.status).toBe('draft');
  });

  it('should list campaigns newest first, filtered by status, kind and community, a page at a time', async () => {
    const tenant = aTenantId();
    const first = await create.execute(aManager(tenant), { kind: 'coupon', plan: planFor('领券', ['community-a']) });
    const second = await create.execute(aManager(tenant), { kind: 'coupon', plan: planFor('再领券', ['community-a', 'community-b']) });
    const other = await create.execute(aManager(tenant), { kind: 'vote', plan: planFor('投票', ['community-b']) });
    await move.execute(aManager(tenant), other, { type: 'ScheduleCampaign' });

    const ids = async (filter: Parameters<CampaignQueries['campaigns']>[1]) => (await queries.campaigns(tenant, filter)).edges.map((edge) => edge.node.id);
    expect(await ids({ kind: 'coupon' })).toEqual([second, first]);
    expect(await ids({ communityId: 'community-b' })).toEqual([other, second]);
    expect(await ids({ status: 'scheduled' })).toEqual([other]);
    const page = await queries.campaigns(tenant, {}, 2);
    expect([page.totalCount, page.pageInfo.hasNextPage]).toEqual([3, true]);
    expect((await queries.campaigns(tenant, {}, 2, page.pageInfo.endCursor!)).edges.map((edge) => edge.node.id)).toEqual([first]);
  });

  it('should answer a retried create with the first campaign and append nothing', async () => {
    const tenant = aTenantId();
    const once = await create.execute(aManager(tenant), { kind: 'promotion', plan: planFor('双十二') }, 'retry-1');
    expect(await create.execute(aManager(tenant), { kind: 'promotion', plan: planFor('双十二') }, 'retry-1')).toBe(once);
    expect((await queries.campaigns(tenant)).totalCount).toBe(1);
  });

  it('should not let another tenant see or move a campaign', async () => {
    const [tenant, other] = [aTenantId(), aTenantId()];
    const id = await create.execute(aManager(tenant), { kind: 'charity', plan: planFor('公益跑') });
    await expect(move.execute(aManager(other), id, { type: 'ScheduleCampaign' })).rejects.toMatchObject({ code: 'CAMPAIGN_NOT_FOUND', category: 'NOT_FOUND' });
    expect(await queries.campaign(other, id)).toBeNull();
    expect((await queries.campaign(tenant, id))?.status).toBe('draft');
  });
});
