import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { freshDatabase } from '@groundswell/test-kit';
import { aTenantId } from '../testing/identities';
import { createModerationDatabase } from '../testing/moderation-database';
import { RuleSetQueries } from './rule-set.queries';
import { ruleSetProjections } from './rule-sets.projection';
import { CreateRuleSetUseCase } from './use-cases/create-rule-set.use-case';
import { PublishRuleSetUseCase } from './use-cases/publish-rule-set.use-case';
import { RenameRuleSetUseCase } from './use-cases/rename-rule-set.use-case';
import { ReviseRuleSetUseCase } from './use-cases/revise-rule-set.use-case';

const anAuthor = (tenant: string, sub = 'u-author'): Identity => ({ sub, tenant, roles: ['moderator'] });

describe('rule sets', () => {
  const database = freshDatabase('test', () => createModerationDatabase('rule_sets'));
  let create: CreateRuleSetUseCase;
  let rename: RenameRuleSetUseCase;
  let revise: ReviseRuleSetUseCase;
  let publish: PublishRuleSetUseCase;
  let queries: RuleSetQueries;

  beforeEach(() => {
    const store = new EventStore(database.pool, ruleSetProjections);
    [create, rename, queries] = [new CreateRuleSetUseCase(store), new RenameRuleSetUseCase(store), new RuleSetQueries(database.pool)];
    [revise, publish] = [new ReviseRuleSetUseCase(store), new PublishRuleSetUseCase(store)];
  });

  it('should create rule sets and list them newest first, a page at a time', async () => {
    const tenant = aTenantId();
    const first = await create.execute(anAuthor(tenant), { title: 'First' });
    const second = await create.execute(anAuthor(tenant), { title: 'Second' });

    const page = await queries.ruleSets(tenant, 1);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([second]);
    expect(page.totalCount).toBe(2);
    const next = await queries.ruleSets(tenant, 1, page.pageInfo.endCursor!);
    expect(next.edges.map((edge) => edge.node.id)).toEqual([first]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('should rename a rule set and record who changed it', async () => {
    const tenant = aTenantId();
    const id = await create.execute(anAuthor(tenant), { title: 'Draft' });
    await rename.execute(anAuthor(tenant, 'u-second-author'), { id, title: ' Final ' });
    expect(await queries.ruleSet(tenant, id)).toMatchObject({ title: 'Final', createdBy: 'u-author', updatedBy: 'u-second-author' });
  });

  it('should answer a retried create with the first rule set and append nothing', async () => {
    const tenant = aTenantId();
    const first = await create.execute(anAuthor(tenant), { title: 'Once' }, 'retry-1');
    const retried = await create.execute(anAuthor(tenant), { title: 'Once' }, 'retry-1');
    expect(retried).toBe(first);
    expect((await queries.ruleSets(tenant)).totalCount).toBe(1);
  });

  it('should not let another tenant see or rename a rule set', async () => {
    const [tenant, other] = [aTenantId(), aTenantId()];
    const id = await create.execute(anAuthor(tenant), { title: 'Ours' });
    await expect(rename.execute(anAuthor(other), { id, title: 'Theirs' })).rejects.toMatchObject({ code: 'RULE_SET_NOT_FOUND', category: 'NOT_FOUND' });
    expect(await queries.ruleSet(other, id)).toBeNull();
    expect((await queries.ruleSets(other)).totalCount).toBe(0);
    expect((await queries.ruleSet(tenant, id))?.title).toBe('Ours');
  });

  it('should hold members to the published version while the draft is revised, until it is published as the next', async () => {
    const tenant = aTenantId();
    const id = await create.execute(anAuthor(tenant), { title: '社群公约' });
    await revise.execute(anAuthor(tenant), { id, rules: ['禁止广告'] });
    await publish.execute(anAuthor(tenant, 'u-publisher'), id);
    await revise.execute(anAuthor(tenant), { id, rules: ['禁止广告', '不得刷屏'] });
    expect(await queries.ruleSet(tenant, id)).toMatchObject({
      draftRules: ['禁止广告', '不得刷屏'],
      publishedVersion: 1,
      publishedRules: ['禁止广告'],
      publishedBy: 'u-publisher',
    });

    await publish.execute(anAuthor(tenant), id);
    expect(await queries.ruleSet(tenant, id)).toMatchObject({ publishedVersion: 2, publishedRules: ['禁止广告', '不得刷屏'] });
  });
});
