import { RequestError } from '@groundswell/service-kit';
import type { ExecutionResult } from 'graphql';
import { kpiCatalogue } from '../kpis/kpi-catalogue';
import { analyticsSchema } from '../testing/analytics-schema';
import { KpiResolver } from './kpi.resolver';

// Schema-only: the resolvers run without any server, so only what needs no database is exercised here.
describe(KpiResolver.name, () => {
  const analyst = { sub: 'analyst-1', tenant: 'tenant-a', roles: ['analyst' as const] };
  const executeAs = analyticsSchema();
  const execute = (source: string, identity: object = analyst) => executeAs(source, identity);

  it('should page through every KPI definition, with names in both languages', async () => {
    type Page = { kpiCatalogue: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } };
    const listed: string[] = [];
    let after: string | null = null;
    do {
      const result: ExecutionResult = await executeAs(
        'query($after: String) { kpiCatalogue(first: 7, after: $after) { edges { node { id inventoryId version unit names { en zh } } } pageInfo { hasNextPage endCursor } totalCount } }',
        analyst,
        { after },
      );
      expect(result.errors).toBeUndefined();
      const page = (result.data as Page).kpiCatalogue;
      expect(page.totalCount).toBe(kpiCatalogue.length);
      listed.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(listed).toEqual(kpiCatalogue.map((kpi) => kpi.id));
  });

  it('should refuse an unknown KPI id as bad user input', async () => {
    const result = await execute(
      '{ kpi(id: "members.unknown", range: { from: "2025-03-01", to: "2025-03-02" }, granularity: DAY) { kpiId } }',
    );
    const cause = result.errors?.[0]?.originalError;
    expect(cause).toBeInstanceOf(RequestError);
    expect((cause as RequestError).category).toBe('BAD_USER_INPUT');
  });

  it('should not let a role without analytics:read see KPIs, nor accept a tenant from the query', async () => {
    const volunteer = { sub: 'v1', tenant: 'tenant-a', roles: ['volunteer'] };
    const refused = await execute('{ kpiCatalogue { totalCount } }', volunteer);
    expect(refused.errors?.[0]?.extensions?.code ?? (refused.errors?.[0]?.originalError as RequestError | undefined)?.category).toBe('FORBIDDEN');
    const tenantInFilter = await execute('{ kpi(id: "members.new", filter: { tenantId: "tenant-b" }, range: { from: "2025-03-01", to: "2025-03-02" }, granularity: DAY) { kpiId } }');
    expect(tenantInFilter.errors?.[0]?.message).toMatch(/tenantId/);
  });
});
