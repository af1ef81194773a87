import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, PageArgs, pageOfList, RequirePermissions, type Connection, type Identity } from '@groundswell/service-kit';
import type { RebuildRecord } from '../rebuild-record';
import { ProjectionRebuildService } from './projection-rebuild.service';
import { ProjectionRebuildStatus, ProjectionRebuildType, ProjectionStatusConnection, ProjectionStatusType } from './rebuild.types';

const toType = (record: RebuildRecord): ProjectionRebuildType => ({
  rebuildId: record.rebuildId,
  projection: record.projection,
  status: record.status as ProjectionRebuildStatus,
  eventsReplayed: record.eventsReplayed,
  startedAt: record.startedAt,
  finishedAt: record.finishedAt,
});

// Projections hold every tenant's rows, so only owners may rebuild them; nothing tenant-specific is returned.
@Resolver()
export class RebuildResolver {
  constructor(private readonly rebuilds: ProjectionRebuildService) {}

  @Mutation(() => ProjectionRebuildType, { description: 'Starts an online rebuild of an analytics projection; returns while it runs.' })
  @RequirePermissions('tenant:administer')
  async rebuildAnalyticsProjection(
    @CurrentIdentity() identity: Identity,
    @Args('name') name: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<ProjectionRebuildType> {
    return toType(await this.rebuilds.start(identity.tenant, name, idempotencyKey));
  }

  @Query(() => ProjectionStatusConnection, { nullable: true, description: 'Every rebuildable analytics projection and its latest rebuild.' })
  @RequirePermissions('tenant:administer')
  async projectionStatus(@Args() page: PageArgs): Promise<Connection<ProjectionStatusType>> {
    const statuses = (await this.rebuilds.statuses()).map((status) => ({ ...status, lastRebuild: status.lastRebuild && toType(status.lastRebuild) }));
    return pageOfList(statuses, (status) => status.projection, page.first, page.after);
  }
}
