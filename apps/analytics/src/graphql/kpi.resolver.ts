import { Args, GraphQLISODateTime, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { canAccessCommunity, CurrentIdentity, PageArgs, pageOfList, RequestError, RequirePermissions, type Connection, type Identity } from '@groundswell/service-kit';
import type { Granularity } from '../kpis/calendar';
import { kpiCatalogue } from '../kpis/kpi-catalogue';
import { KpiQueryService } from '../kpis/kpi-query.service';
import { KpiDefinitionConnection, KpiDefinitionType, KpiFilter, KpiGranularity, KpiRange, KpiSeriesType } from './kpi.types';

const definitions: KpiDefinitionType[] = kpiCatalogue.map(({ evaluate: _evaluate, dimensions, ...definition }) => ({ ...definition, dimensions: [...dimensions] }));

@Resolver()
export class KpiResolver {
  constructor(private readonly kpis: KpiQueryService) {}

  @Query(() => KpiSeriesType, { nullable: true, description: 'A KPI as a series of points; with `asOf`, as it would have been reported then. Null, with a SUBGRAPH_UNAVAILABLE error, while analytics cannot be reached.' })
  @RequirePermissions('analytics:read')
  kpi(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('filter', { type: () => KpiFilter, nullable: true }) filter: KpiFilter | null,
    @Args('range', { type: () => KpiRange }) range: KpiRange,
    @Args('granularity', { type: () => KpiGranularity }) granularity: Granularity,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date | null,
    @Args('version', { type: () => Int, nullable: true, description: 'An earlier definition version, to reproduce a figure reported with it; the current one when absent.' })
    version?: number | null,
  ): Promise<KpiSeriesType> {
    if (filter?.communityId && !canAccessCommunity(identity, filter.communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
    return this.kpis.answer({ id, version: version ?? null, ...filter, tenantId: identity.tenant, ...range, granularity, asOf: asOf ?? null });
  }

  @Query(() => KpiDefinitionConnection, { nullable: true, description: 'Every KPI analytics answers, with its versioned definition, in catalogue order.' })
  @RequirePermissions('analytics:read')
  kpiCatalogue(@Args() page: PageArgs): Connection<KpiDefinitionType> {
    return pageOfList(definitions, (definition) => definition.id, page.first, page.after);
  }
}
