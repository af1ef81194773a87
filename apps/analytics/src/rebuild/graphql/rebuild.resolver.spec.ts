import { analyticsSchema } from '../../testing/analytics-schema';
import { RebuildError } from '../rebuild.error';
import { RebuildResolver } from './rebuild.resolver';

// Schema-only: only what needs no database is exercised here (the rebuild itself: rebuild-projection.int-spec.ts).
describe(RebuildResolver.name, () => {
  const executeAs = analyticsSchema();
  const execute = (source: string, roles: string[]) => executeAs(source, { sub: 'u1', tenant: 'tenant-a', roles });

  it('should let only owners rebuild projections or see their status', async () => {
    for (const source of ['mutation { rebuildAnalyticsProjection(name: "membership", idempotencyKey: "k1") { status } }', '{ projectionStatus { edges { node { projection } } } }']) {
      const refused = await execute(source, ['analyst']);
      expect(refused.errors?.[0]?.extensions?.code ?? (refused.errors?.[0]?.originalError as { category?: string } | undefined)?.category).toBe('FORBIDDEN');
    }
  });

  it('should refuse an unknown projection as bad user input', async () => {
    const result = await execute('mutation { rebuildAnalyticsProjection(name: "nope", idempotencyKey: "k1") { status } }', ['owner']);

    const cause = result.errors?.[0]?.originalError;
    expect(cause).toBeInstanceOf(RebuildError);
    expect((cause as RebuildError).category).toBe('BAD_USER_INPUT');
  });
});
