import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { TestDatabase } from '@groundswell/test-kit';
import { createContentDatabase } from '../testing/content-database';
import { ContentDraftQueries } from './content-draft.queries';
import { contentDraftProjections } from './content-drafts.projection';
import { CreateContentDraftUseCase } from './use-cases/create-content-draft.use-case';
import { RenameContentDraftUseCase } from './use-cases/rename-content-draft.use-case';

const anAuthor = (tenant: string, sub = 'u-author'): Identity => ({ sub, tenant, roles: ['content_editor'] });
const aTenantId = () => `tenant-${randomUUID().slice(0, 8)}`;

describe('content drafts', () => {
  let database: TestDatabase;
  let create: CreateContentDraftUseCase;
  let rename: RenameContentDraftUseCase;
  let queries: ContentDraftQueries;

  beforeEach(async () => {
    database = await createContentDatabase('content_drafts');
    const store = new EventStore(database.pool, contentDraftProjections);
    [create, rename, queries] = [new CreateContentDraftUseCase(store), new RenameContentDraftUseCase(store), new ContentDraftQueries(database.pool)];
  });

  afterEach(async () => {
    await database.drop();
  });

  it('should create content drafts and list them newest first, a page at a time', async () => {
    const tenant = aTenantId();
    const first = await create.execute(anAuthor(tenant), { title: 'First' });
    const second = await create.execute(anAuthor(tenant), { title: 'Second' });

    const page = await queries.contentDrafts(tenant, 1);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([second]);
    expect(page.totalCount).toBe(2);
    const next = await queries.contentDrafts(tenant, 1, page.pageInfo.endCursor!);
    expect(next.edges.map((edge) => edge.node.id)).toEqual([first]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('should rename a content draft and record who changed it', async () => {
    const tenant = aTenantId();
    const id = await create.execute(anAuthor(tenant), { title: 'Draft' });
    await rename.execute(anAuthor(tenant, 'u-second-author'), { id, title: ' Final ' });
    expect(await queries.contentDraft(tenant, id)).toMatchObject({ title: 'Final', createdBy: 'u-author', updatedBy: 'u-second-author' });
  });

  it('should answer a retried create with the first content draft and append nothing', async () => {
    const tenant = aTenantId();
    const first = await create.execute(anAuthor(tenant), { title: 'Once' }, 'retry-1');
    const retried = await create.execute(anAuthor(tenant), { title: 'Once' }, 'retry-1');
    expect(retried).toBe(first);
    expect((await queries.contentDrafts(tenant)).totalCount).toBe(1);
  });

  it('should not let another tenant see or rename a content draft', async () => {
    const [tenant, other] = [aTenantId(), aTenantId()];
    const id = await create.execute(anAuthor(tenant), { title: 'Ours' });
    await expect(rename.execute(anAuthor(other), { id, title: 'Theirs' })).rejects.toMatchObject({ code: 'CONTENT_DRAFT_NOT_FOUND', category: 'NOT_FOUND' });
    expect(await queries.contentDraft(other, id)).toBeNull();
    expect((await queries.contentDrafts(other)).totalCount).toBe(0);
    expect((await queries.contentDraft(tenant, id))?.title).toBe('Ours');
  });
});
