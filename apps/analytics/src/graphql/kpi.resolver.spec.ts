import { createServiceApplication, loadServiceConfig, RequestError } from '@groundswell/service-kit';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphql } from 'graphql';
import { analyticsApplication } from '../analytics.app';
import { analyticsService } from '../analytics.service';
import { kpiCatalogue } from '../kpis/kpi-catalogue';
import { KpiResolver } from './kpi.resolver';

// Schema-only: the resolvers run without any server, so only what needs no database is exercised here.
describe(KpiResolver.name, () => {
  let app: INestApplication;

  const analyst = { sub: 'analyst-1', tenant: 'tenant-a', roles: ['analyst' as const] };
  const execute = (source: string, identity: object = analyst) => graphql({ schema: app.get(GraphQLSchemaHost).schema, source, contextValue: { identity } });

  beforeEach(async () => {
    app = await createServiceApplication(analyticsService, {
      ...analyticsApplication,
      config: loadServiceConfig('analytics', {}),
      schemaOnly: true,
    });
    await app.init();
  });

  afterEach(async () => {
    await app.close();
  });

  it('should list every KPI definition with names in both languages', async () => {
    const result = await execute('{ kpiCatalogue { id inventoryId version unit names { en zh } } }');
    expect(result.errors).toBeUndefined();
    const listed = (result.data as { kpiCatalogue: Array<{ id: string }> }).kpiCatalogue;
    expect(listed.map((kpi) => kpi.id)).toEqual(kpiCatalogue.map((kpi) => kpi.id));
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
    const refused = await execute('{ kpiCatalogue { id } }', volunteer);
    expect(refused.errors?.[0]?.extensions?.code ?? (refused.errors?.[0]?.originalError as RequestError | undefined)?.category).toBe('FORBIDDEN');
    const tenantInFilter = await execute('{ kpi(id: "members.new", filter: { tenantId: "tenant-b" }, range: { from: "2025-03-01", to: "2025-03-02" }, granularity: DAY) { kpiId } }');
    expect(tenantInFilter.errors?.[0]?.message).toMatch(/tenantId/);
  });
});
