import { Module } from '@nestjs/common';
import { ProjectionRegistry } from '../projection-registry';
import { createProjectionRegistry } from '../rebuildable-projections';
import { ProjectionRebuildService } from './projection-rebuild.service';
import { RebuildResolver } from './rebuild.resolver';

@Module({
  providers: [{ provide: ProjectionRegistry, useFactory: createProjectionRegistry }, ProjectionRebuildService, RebuildResolver],
})
export class RebuildModule {}
