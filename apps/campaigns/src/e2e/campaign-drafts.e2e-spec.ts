import { randomUUID } from 'node:crypto';
import { expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';

const createMutation = `mutation Create($input: CreateCampaignDraftInput!, $key: String) {
  createCampaignDraft(input: $input, idempotencyKey: $key) { campaignDraft { id title createdBy } }
}`;
const renameMutation = `mutation Rename($input: RenameCampaignDraftInput!) {
  renameCampaignDraft(input: $input) { campaignDraft { id title updatedBy } }
}`;
const listQuery = '{ campaignDrafts(first: 10) { totalCount edges { node { id title } } } }';

describe('campaign drafts through the gateway', () => {
  const tenant = `e2e-campaign-drafts-${randomUUID().slice(0, 8)}`;
  let author: GraphqlClient;
  let analyst: GraphqlClient;

  beforeAll(async () => {
    [author, analyst] = await Promise.all([gatewayClient(tenant, ['campaign_manager']), gatewayClient(tenant, ['analyst'])]);
  });

  it('should create, rename and list a campaign draft', async () => {
    const created = await expectingSuccess(author)(createMutation, { input: { title: '第一版' } });
    const { id } = created.createCampaignDraft.campaignDraft;
    expect(created.createCampaignDraft.campaignDraft).toEqual({ id, title: '第一版', createdBy: 'e2e-campaign_manager' });

    const renamed = await expectingSuccess(author)(renameMutation, { input: { id, title: '第一版（定稿）' } });
    expect(renamed.renameCampaignDraft.campaignDraft.title).toBe('第一版（定稿）');

    const listed = await expectingSuccess(author)(listQuery);
    expect(listed.campaignDrafts.edges.map((edge: any) => edge.node)).toContainEqual({ id, title: '第一版（定稿）' });
  });

  it('should answer a retried create with the first campaign draft', async () => {
    const key = randomUUID();
    const first = await expectingSuccess(author)(createMutation, { input: { title: 'Once' }, key });
    const retried = await expectingSuccess(author)(createMutation, { input: { title: 'Once' }, key });
    expect(retried.createCampaignDraft.campaignDraft.id).toBe(first.createCampaignDraft.campaignDraft.id);
  });

  it('should refuse a caller without campaigns:manage with FORBIDDEN', async () => {
    const { errors } = await analyst(createMutation, { input: { title: 'Not mine to write' } });
    expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('should answer BAD_USER_INPUT for an empty title and NOT_FOUND for an unknown campaign draft', async () => {
    const empty = await author(createMutation, { input: { title: '  ' } });
    expect(empty.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await author(renameMutation, { input: { id: randomUUID(), title: 'Nobody' } });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
