import { RequestError } from '@groundswell/service-kit';
import { analyticsSchema } from '../testing/analytics-schema';
import { AnalyticsViewsResolver } from './analytics-views.resolver';

// Schema-only: the resolvers run without any server, so only what needs no database is exercised here.
describe(AnalyticsViewsResolver.name, () => {
  const analyst = { sub: 'analyst-1', tenant: 'tenant-a', roles: ['analyst' as const] };
  const volunteer = { sub: 'v1', tenant: 'tenant-a', roles: ['volunteer'] };
  const executeAs = analyticsSchema();
  const execute = (source: string, identity: object = analyst) => executeAs(source, identity);
  const codeOf = (result: Awaited<ReturnType<typeof execute>>) =>
    result.errors?.[0]?.extensions?.code ?? (result.errors?.[0]?.originalError as RequestError | undefined)?.category;

  const cohortQuery = (args: string) => `{ cohortRetention(range: { from: "2025-03-03", to: "2025-03-16" }, ${args}) { definitionVersion cohorts { size } } }`;
  const scorecardQuery = '{ scorecard(framework: FIVE_EFFECTS, range: { from: "2025-03-01", to: "2025-03-31" }) { framework metrics { kpiId } } }';

  it('should refuse cohorts and scorecards to a role without analytics:read', async () => {
    expect(codeOf(await execute(cohortQuery('granularity: WEEK'), volunteer))).toBe('FORBIDDEN');
    expect(codeOf(await execute(scorecardQuery, volunteer))).toBe('FORBIDDEN');
  });

  it('should offer only day and week cohorts, and bound the number of offsets', async () => {
    expect((await execute(cohortQuery('granularity: MONTH'))).errors?.[0]?.message).toMatch(/CohortGranularity/);
    const tooMany = await execute(cohortQuery('granularity: DAY, offsets: 91'));
    expect((tooMany.errors?.[0]?.originalError as RequestError).category).toBe('BAD_USER_INPUT');
  });

  it('should not take the tenant from the query, nor know frameworks outside §5.2', async () => {
    const tenantInFilter = await execute('{ scorecard(framework: FIVE_EFFECTS, filter: { tenantId: "tenant-b" }, range: { from: "2025-03-01", to: "2025-03-31" }) { framework } }');
    expect(tenantInFilter.errors?.[0]?.message).toMatch(/tenantId/);
    const unknown = await execute('{ scorecard(framework: NPS, range: { from: "2025-03-01", to: "2025-03-31" }) { framework } }');
    expect(unknown.errors?.[0]?.message).toMatch(/ScorecardFramework/);
  });
});
