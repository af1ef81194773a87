import type { AnalyticsProjection } from './analytics-projection';
import { RebuildError } from './rebuild.error';

/** The projections `analytics:rebuild` and `rebuildAnalyticsProjection` know, by name. */
export class ProjectionRegistry {
  private readonly byName = new Map<string, AnalyticsProjection>();

  constructor(projections: readonly AnalyticsProjection[] = []) {
    for (const projection of projections) this.register(projection);
  }

  register(projection: AnalyticsProjection): this {
    if (this.byName.has(projection.name)) throw new RebuildError('DUPLICATE_PROJECTION', `Projection "${projection.name}" is registered twice`);
    const owner = this.list().find((other) => other.tables.some((table) => projection.tables.includes(table)));
    if (owner) throw new RebuildError('DUPLICATE_PROJECTION', `Projection "${projection.name}" claims a table of "${owner.name}"`);
    this.byName.set(projection.name, projection);
    return this;
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  list(): AnalyticsProjection[] {
    return [...this.byName.values()];
  }

  get(name: string): AnalyticsProjection {
    const projection = this.byName.get(name);
    if (!projection) throw new RebuildError('UNKNOWN_PROJECTION', `Unknown projection "${name}"; known: ${this.names().join(', ')}`);
    return projection;
  }
}
