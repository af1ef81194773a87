import { randomUUID } from 'node:crypto';
import { expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';

const createMutation = `mutation Create($input: CreateContentDraftInput!, $key: String) {
  createContentDraft(input: $input, idempotencyKey: $key) { contentDraft { id title createdBy } }
}`;
const renameMutation = `mutation Rename($input: RenameContentDraftInput!) {
  renameContentDraft(input: $input) { contentDraft { id title updatedBy } }
}`;
const listQuery = '{ contentDrafts(first: 10) { totalCount edges { node { id title } } } }';

describe('content drafts through the gateway', () => {
  const tenant = `e2e-content-drafts-${randomUUID().slice(0, 8)}`;
  let author: GraphqlClient;
  let analyst: GraphqlClient;

  beforeAll(async () => {
    [author, analyst] = await Promise.all([gatewayClient(tenant, ['content_editor']), gatewayClient(tenant, ['analyst'])]);
  });

  it('should create, rename and list a content draft', async () => {
    const created = await expectingSuccess(author)(createMutation, { input: { title: '第一版' } });
    const { id } = created.createContentDraft.contentDraft;
    expect(created.createContentDraft.contentDraft).toEqual({ id, title: '第一版', createdBy: 'e2e-content_editor' });

    const renamed = await expectingSuccess(author)(renameMutation, { input: { id, title: '第一版（定稿）' } });
    expect(renamed.renameContentDraft.contentDraft.title).toBe('第一版（定稿）');

    const listed = await expectingSuccess(author)(listQuery);
    expect(listed.contentDrafts.edges.map((edge: any) => edge.node)).toContainEqual({ id, title: '第一版（定稿）' });
  });

  it('should answer a retried create with the first content draft', async () => {
    const key = randomUUID();
    const first = await expectingSuccess(author)(createMutation, { input: { title: 'Once' }, key });
    const retried = await expectingSuccess(author)(createMutation, { input: { title: 'Once' }, key });
    expect(retried.createContentDraft.contentDraft.id).toBe(first.createContentDraft.contentDraft.id);
  });

  it('should refuse a caller without content:write with FORBIDDEN', async () => {
    const { errors } = await analyst(createMutation, { input: { title: 'Not mine to write' } });
    expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('should answer BAD_USER_INPUT for an empty title and NOT_FOUND for an unknown content draft', async () => {
    const empty = await author(createMutation, { input: { title: '  ' } });
    expect(empty.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await author(renameMutation, { input: { id: randomUUID(), title: 'Nobody' } });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
