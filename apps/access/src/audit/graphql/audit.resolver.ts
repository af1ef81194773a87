import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, PageArgs, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { AuditLogQueries } from '../audit-log.queries';
import { AuditEntry, AuditEntryConnection, AuditLogFilterInput } from './audit.types';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly queries: AuditLogQueries) {}

  @Query(() => AuditEntryConnection, { description: 'Who did what in your tenant, newest first. Entries appear within seconds of the mutation.' })
  @RequirePermissions('audit:read')
  auditLog(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AuditLogFilterInput, nullable: true }) filter?: AuditLogFilterInput,
  ) {
    return this.queries.auditLog(identity.tenant, filter ?? {}, page.first, page.after);
  }
}
