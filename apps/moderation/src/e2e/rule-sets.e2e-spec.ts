import { randomUUID } from 'node:crypto';
import { expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';

const createMutation = `mutation Create($input: CreateRuleSetInput!, $key: String) {
  createRuleSet(input: $input, idempotencyKey: $key) { ruleSet { id title createdBy } }
}`;
const renameMutation = `mutation Rename($input: RenameRuleSetInput!) {
  renameRuleSet(input: $input) { ruleSet { id title updatedBy } }
}`;
const listQuery = '{ ruleSets(first: 10) { totalCount edges { node { id title } } } }';
const reviseMutation = `mutation Revise($input: ReviseRuleSetInput!) { reviseRuleSet(input: $input) { ruleSet { draftRules publishedVersion } } }`;
const publishMutation = `mutation Publish($input: PublishRuleSetInput!, $key: String) {
  publishRuleSet(input: $input, idempotencyKey: $key) { ruleSet { publishedVersion publishedRules publishedBy } }
}`;

describe('rule sets through the gateway', () => {
  const tenant = `e2e-rule-sets-${randomUUID().slice(0, 8)}`;
  let author: GraphqlClient;
  let analyst: GraphqlClient;
  let volunteer: GraphqlClient;

  beforeAll(async () => {
    [author, analyst, volunteer] = await Promise.all([
      gatewayClient(tenant, ['moderator']),
      gatewayClient(tenant, ['analyst']),
      gatewayClient(tenant, ['volunteer']),
    ]);
  });

  it('should create, rename and list a rule set', async () => {
    const created = await expectingSuccess(author)(createMutation, { input: { title: '第一版' } });
    const { id } = created.createRuleSet.ruleSet;
    expect(created.createRuleSet.ruleSet).toEqual({ id, title: '第一版', createdBy: 'e2e-moderator' });

    const renamed = await expectingSuccess(author)(renameMutation, { input: { id, title: '第一版（定稿）' } });
    expect(renamed.renameRuleSet.ruleSet.title).toBe('第一版（定稿）');

    const listed = await expectingSuccess(author)(listQuery);
    expect(listed.ruleSets.edges.map((edge: any) => edge.node)).toContainEqual({ id, title: '第一版（定稿）' });
  });

  it('should answer a retried create with the first rule set', async () => {
    const key = randomUUID();
    const first = await expectingSuccess(author)(createMutation, { input: { title: 'Once' }, key });
    const retried = await expectingSuccess(author)(createMutation, { input: { title: 'Once' }, key });
    expect(retried.createRuleSet.ruleSet.id).toBe(first.createRuleSet.ruleSet.id);
  });

  it('should refuse a caller without moderation:manage-rules with FORBIDDEN', async () => {
    const { errors } = await analyst(createMutation, { input: { title: 'Not mine to write' } });
    expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('should answer BAD_USER_INPUT for an empty title and NOT_FOUND for an unknown rule set', async () => {
    const empty = await author(createMutation, { input: { title: '  ' } });
    expect(empty.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await author(renameMutation, { input: { id: randomUUID(), title: 'Nobody' } });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('should publish the revised rules as numbered versions, once per retried request', async () => {
    const created = await expectingSuccess(author)(createMutation, { input: { title: '社群公约' } });
    const { id } = created.createRuleSet.ruleSet;
    const revised = await expectingSuccess(author)(reviseMutation, { input: { id, rules: ['禁止广告', ' 不得人身攻击 '] } });
    expect(revised.reviseRuleSet.ruleSet).toEqual({ draftRules: ['禁止广告', '不得人身攻击'], publishedVersion: 0 });

    const key = randomUUID();
    const published = await expectingSuccess(author)(publishMutation, { input: { id }, key });
    expect(published.publishRuleSet.ruleSet).toEqual({ publishedVersion: 1, publishedRules: ['禁止广告', '不得人身攻击'], publishedBy: 'e2e-moderator' });
    await expectingSuccess(author)(reviseMutation, { input: { id, rules: ['禁止广告'] } });
    const retried = await expectingSuccess(author)(publishMutation, { input: { id }, key });
    expect(retried.publishRuleSet.ruleSet.publishedVersion).toBe(1);

    const next = await expectingSuccess(author)(publishMutation, { input: { id } });
    expect(next.publishRuleSet.ruleSet).toMatchObject({ publishedVersion: 2, publishedRules: ['禁止广告'] });
  });

  it('should let only rule managers publish, and refuse an empty rule set as bad input', async () => {
    const created = await expectingSuccess(author)(createMutation, { input: { title: '空公约' } });
    const { id } = created.createRuleSet.ruleSet;
    const forbidden = await volunteer(publishMutation, { input: { id } });
    expect(forbidden.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const empty = await author(publishMutation, { input: { id } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
