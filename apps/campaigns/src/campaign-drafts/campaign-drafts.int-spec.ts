import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { TestDatabase } from '@groundswell/test-kit';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { CampaignDraftQueries } from './campaign-draft.queries';
import { campaignDraftProjections } from './campaign-drafts.projection';
import { CreateCampaignDraftUseCase } from './use-cases/create-campaign-draft.use-case';
import { RenameCampaignDraftUseCase } from './use-cases/rename-campaign-draft.use-case';

const anAuthor = (tenant: string, sub = 'u-author'): Identity => ({ sub, tenant, roles: ['campaign_manager'] });
const aTenantId = () => `tenant-${randomUUID().slice(0, 8)}`;

describe('campaign drafts', () => {
  let database: TestDatabase;
  let create: CreateCampaignDraftUseCase;
  let rename: RenameCampaignDraftUseCase;
  let queries: CampaignDraftQueries;

  beforeEach(async () => {
    database = await createCampaignsDatabase('campaign_drafts');
    const store = new EventStore(database.pool, campaignDraftProjections);
    [create, rename, queries] = [new CreateCampaignDraftUseCase(store), new RenameCampaignDraftUseCase(store), new CampaignDraftQueries(database.pool)];
  });

  afterEach(async () => {
    await database.drop();
  });

  it('should create campaign drafts and list them newest first, a page at a time', async () => {
    const tenant = aTenantId();
    const first = await create.execute(anAuthor(tenant), { title: 'First' });
    const second = await create.execute(anAuthor(tenant), { title: 'Second' });

    const page = await queries.campaignDrafts(tenant, 1);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([second]);
    expect(page.totalCount).toBe(2);
    const next = await queries.campaignDrafts(tenant, 1, page.pageInfo.endCursor!);
    expect(next.edges.map((edge) => edge.node.id)).toEqual([first]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('should rename a campaign draft and record who changed it', async () => {
    const tenant = aTenantId();
    const id = await create.execute(anAuthor(tenant), { title: 'Draft' });
    await rename.execute(anAuthor(tenant, 'u-second-author'), { id, title: ' Final ' });
    expect(await queries.campaignDraft(tenant, id)).toMatchObject({ title: 'Final', createdBy: 'u-author', updatedBy: 'u-second-author' });
  });

  it('should answer a retried create with the first campaign draft and append nothing', async () => {
    const tenant = aTenantId();
    const first = await create.execute(anAuthor(tenant), { title: 'Once' }, 'retry-1');
    const retried = await create.execute(anAuthor(tenant), { title: 'Once' }, 'retry-1');
    expect(retried).toBe(first);
    expect((await queries.campaignDrafts(tenant)).totalCount).toBe(1);
  });

  it('should not let another tenant see or rename a campaign draft', async () => {
    const [tenant, other] = [aTenantId(), aTenantId()];
    const id = await create.execute(anAuthor(tenant), { title: 'Ours' });
    await expect(rename.execute(anAuthor(other), { id, title: 'Theirs' })).rejects.toMatchObject({ code: 'CAMPAIGN_DRAFT_NOT_FOUND', category: 'NOT_FOUND' });
    expect(await queries.campaignDraft(other, id)).toBeNull();
    expect((await queries.campaignDrafts(other)).totalCount).toBe(0);
    expect((await queries.campaignDraft(tenant, id))?.title).toBe('Ours');
  });
});
