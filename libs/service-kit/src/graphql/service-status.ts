import { Optional } from '@nestjs/common';
import { Directive, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DatabaseLifecycle } from '../database/postgres.module';
import { ServiceRuntime } from '../lifecycle/service-runtime';

@ObjectType({ description: 'Build and schema facts of one Groundswell service.' })
@Directive('@shareable')
export class ServiceStatus {
  @Field({ description: 'Service name, e.g. "members".' })
  service!: string;

  @Field({ description: 'Released version of the service.' })
  version!: string;

  @Field(() => String, { nullable: true, description: 'Name of the newest applied database migration; null for services without a database.' })
  schemaMigration!: string | null;

  @Field(() => Int, { description: 'How many database migrations are applied.' })
  migrationsApplied!: number;

  @Field({ description: 'When this instance started (ISO-8601).' })
  startedAt!: string;
}

/** Each subgraph answers `<service>Status`, so one query shows every subgraph is reachable through the gateway. */
export function serviceStatusResolver(service: string) {
  @Resolver(() => ServiceStatus)
  class ServiceStatusResolver {
    constructor(
      readonly runtime: ServiceRuntime,
      @Optional() readonly database?: DatabaseLifecycle,
    ) {}

    @Query(() => ServiceStatus, { nullable: true, name: `${service}Status`, description: `Version and schema level of the ${service} service.` })
    status(): ServiceStatus {
      const migrations = this.database?.migrations() ?? { applied: [], latest: null };
      return {
        service: this.runtime.config.service,
        version: this.runtime.config.version,
        schemaMigration: migrations.latest,
        migrationsApplied: migrations.applied.length,
        startedAt: this.runtime.startedAt.toISOString(),
      };
    }
  }
  return ServiceStatusResolver;
}
