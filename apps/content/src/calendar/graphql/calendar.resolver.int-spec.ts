import { randomUUID } from 'node:crypto';
import { contentGraphql, errorCode } from '../../testing/content-graphql';

const setPlan = `mutation($input: SetContentPlanInput!, $key: String) {
  setContentPlan(input: $input, idempotencyKey: $key) { contentPlan { communityId postsPerWeek { min max } typeMix { type percent } timeZone setBy } }
}`;
const calendar = `query($communityId: ID) {
  contentCalendar(from: "2026-02-14", to: "2026-02-17", communityId: $communityId, first: 3) {
    edges { node { date occasions { name kind } items { title } } } pageInfo { hasNextPage } totalCount
  }
}`;

describe('content calendar GraphQL', () => {
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const editor = { sub: 'u-editor', tenant, roles: ['content_editor'] };
  const { execute } = contentGraphql('calendar_graphql', editor);
  const planInput = (communityId: string, overrides: Record<string, unknown> = {}) => ({
    communityId,
    postsPerWeek: { min: 2, max: 5 },
    typeMix: [{ type: 'tips_tutorial', percent: 100 }],
    staleAfterDays: 3,
    ...overrides,
  });

  it('should set a plan in Beijing time by default and read it back', async () => {
    const communityId = randomUUID();
    const result = await execute(setPlan, { input: planInput(communityId), key: `plan-${communityId}` });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      setContentPlan: { contentPlan: { communityId, postsPerWeek: { min: 2, max: 5 }, typeMix: [{ type: 'tips_tutorial', percent: 100 }], timeZone: 'Asia/Shanghai', setBy: 'u-editor' } },
    });
    const cadence = await execute('query($id: ID!) { contentCadence(communityId: $id) { postsInWeek flags } }', { id: communityId });
    expect(cadence.data).toEqual({ contentCadence: { postsInWeek: 0, flags: ['TOO_SPARSE'] } });
  });

  it('should page the calendar by day with the 春节 holiday and the 调休 Saturday', async () => {
    const result = await execute(calendar, { communityId: null });
    expect(result.errors).toBeUndefined();
    const page = (result.data as { contentCalendar: { edges: Array<{ node: { date: string; occasions: Array<{ name: string; kind: string }> } }>; pageInfo: { hasNextPage: boolean }; totalCount: number } }).contentCalendar;
    expect(page.totalCount).toBe(4);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges.map((edge) => edge.node.date)).toEqual(['2026-02-14', '2026-02-15', '2026-02-16']);
    expect(page.edges[0]!.node.occasions).toEqual(expect.arrayContaining([{ name: '春节调休上班', kind: 'ADJUSTED_WORKDAY' }, { name: '情人节', kind: 'COMMERCIAL' }]));
    expect(page.edges[2]!.node.occasions).toEqual(expect.arrayContaining([{ name: '除夕', kind: 'LUNAR_FESTIVAL' }]));
  });

  it('should answer client mistakes with stable codes', async () => {
    expect(errorCode(await execute(setPlan, { input: planInput(randomUUID(), { postsPerWeek: { min: 6, max: 2 } }) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await execute(setPlan, { input: planInput('not-a-uuid') }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await execute(setPlan, { input: planInput(randomUUID(), { timeZone: 'Mars/Olympus' }) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await execute('mutation($id: ID!) { removeContentPlan(input: { communityId: $id }) { contentPlan { communityId } } }', { id: randomUUID() }))).toBe('NOT_FOUND');
    expect(errorCode(await execute('{ contentCalendar(from: "2026-03-01", to: "2026-02-01") { totalCount } }', {}))).toBe('BAD_USER_INPUT');
  });

  it('should let a community manager read the calendar but not set a plan, and an analyst neither', async () => {
    const manager = { sub: 'u-manager', tenant, roles: ['community_manager'] };
    const analyst = { sub: 'u-analyst', tenant, roles: ['analyst'] };
    expect((await execute(calendar, { communityId: null }, manager)).errors).toBeUndefined();
    expect(errorCode(await execute(setPlan, { input: planInput(randomUUID()) }, manager))).toBe('FORBIDDEN');
    expect(errorCode(await execute(calendar, { communityId: null }, analyst))).toBe('FORBIDDEN');
    expect((await execute('{ originalityReport { checked rate } }', {}, analyst)).data).toEqual({ originalityReport: { checked: 0, rate: null } });
  });
});
