import { Module } from '@nestjs/common';
import { AuditLogConsumer } from './audit-log.consumer';
import { AuditLogQueries } from './audit-log.queries';
import { AuditResolver } from './graphql/audit.resolver';

@Module({ providers: [AuditLogConsumer, AuditLogQueries, AuditResolver] })
export class AuditModule {}
