import { randomUUID } from 'node:crypto';
import { createServiceApplication, loadServiceConfig } from '@groundswell/service-kit';
import type { TestDatabase } from '@groundswell/test-kit';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphql } from 'graphql';
import { analyticsApplication } from '../analytics.app';
import { analyticsService } from '../analytics.service';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aMemberActivity, aTenantId } from '../testing/analytics-event.factories';

// The gateway asks the analytics subgraph for Community.bestPostingSlots by the entity's key.
const entitiesQuery = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Community { id bestPostingSlots(until: "2026-03-08T00:00:00Z", days: 7) { label startHour endHour interactions timeZone } } }
}`;

describe('Community.bestPostingSlots through the analytics subgraph', () => {
  let database: TestDatabase;
  let app: INestApplication;

  beforeEach(async () => {
    database = await createAnalyticsDatabase('posting_slots');
    app = await createServiceApplication(analyticsService, { ...analyticsApplication, config: loadServiceConfig('analytics', { DATABASE_URL: database.url }), schemaOnly: true });
    await app.init();
  });

  afterEach(async () => {
    await app.close();
    await database.drop();
  });

  const ask = (communityId: string, identity: object) =>
    graphql({ schema: app.get(GraphQLSchemaHost).schema, source: entitiesQuery, variableValues: { representations: [{ __typename: 'Community', id: communityId }] }, contextValue: { identity } });

  it('should answer S19’s slots in Beijing time from the community’s interactions, and nothing to another tenant', async () => {
    const [tenantId, communityId] = [aTenantId(), randomUUID()];
    // Beijing 12:15, 20:15 and 21:15 are 04:15, 12:15 and 13:15 UTC; 1–7 March 2026.
    const at = (utcHour: number, count: number) =>
      Array.from({ length: count }, (_, index) => aMemberActivity({ tenantId, communityId, at: `2026-03-0${(index % 7) + 1}T${String(utcHour).padStart(2, '0')}:15:00Z`, kind: 'reaction' }));
    await ingestAll(database.pool, [...at(4, 30), ...at(12, 24), ...at(13, 24), ...at(1, 6), ...at(8, 4)]);

    const result = await ask(communityId, { sub: 'analyst-1', tenant: tenantId, roles: ['analyst'] });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      _entities: [
        {
          id: communityId,
          bestPostingSlots: [
            { label: '20:00–22:00', startHour: 20, endHour: 22, interactions: 48, timeZone: 'Asia/Shanghai' },
            { label: '12:00–13:00', startHour: 12, endHour: 13, interactions: 30, timeZone: 'Asia/Shanghai' },
          ],
        },
      ],
    });

    const stranger = await ask(communityId, { sub: 'analyst-2', tenant: aTenantId(), roles: ['analyst'] });
    expect((stranger.data as { _entities: Array<{ bestPostingSlots: unknown[] }> })._entities[0]!.bestPostingSlots).toEqual([]);
  });

  it('should refuse a role without analytics:read', async () => {
    const result = await ask(randomUUID(), { sub: 'v1', tenant: aTenantId(), roles: ['volunteer'] });
    expect(result.errors?.[0]?.extensions?.code ?? (result.errors?.[0]?.originalError as { category?: string })?.category).toBe('FORBIDDEN');
  });
});
