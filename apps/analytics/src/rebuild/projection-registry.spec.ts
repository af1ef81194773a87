import type { AnalyticsProjection } from './analytics-projection';
import { ProjectionRegistry } from './projection-registry';
import { RebuildError } from './rebuild.error';
import { rebuildableProjections } from './rebuildable-projections';

const aProjection = (name: string, tables: string[]): AnalyticsProjection => ({ name, tables, replay: async () => 0 });

describe(ProjectionRegistry.name, () => {
  it('should find a registered projection by name, in registration order', () => {
    const registry = new ProjectionRegistry([aProjection('first', ['a']), aProjection('second', ['b', 'c'])]);

    expect(registry.names()).toEqual(['first', 'second']);
    expect(registry.get('second').tables).toEqual(['b', 'c']);
  });

  it('should refuse an unknown projection as bad user input, naming the known ones', () => {
    const registry = new ProjectionRegistry([aProjection('first', ['a'])]);

    expect(() => registry.get('nope')).toThrow(expect.objectContaining({ code: 'UNKNOWN_PROJECTION', category: 'BAD_USER_INPUT', message: expect.stringContaining('first') }));
  });

  it('should refuse a second projection of the same name or claiming a table another one owns', () => {
    const registry = new ProjectionRegistry([aProjection('first', ['a', 'b'])]);

    expect(() => registry.register(aProjection('first', ['z']))).toThrow(RebuildError);
    expect(() => registry.register(aProjection('other', ['b']))).toThrow(expect.objectContaining({ code: 'DUPLICATE_PROJECTION' }));
    expect(registry.names()).toEqual(['first']);
  });

  it('should make the KPI projection tables rebuildable, each by one projection only', () => {
    const tables = rebuildableProjections.flatMap((projection) => projection.tables);

    expect(tables).toEqual(expect.arrayContaining(['analytics_communities', 'daily_active_members', 'membership_daily']));
    expect(() => new ProjectionRegistry(rebuildableProjections)).not.toThrow();
  });
});
