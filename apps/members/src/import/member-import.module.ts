import { Module } from '@nestjs/common';
import { ImportMembersResolver } from './graphql/import-members.resolver';
import { MemberImportController } from './http/member-import.controller';
import { ImportMembersUseCase } from './import-members.use-case';

/** Bulk member import: the `importMembers` mutation and `POST /imports/members` (NDJSON or CSV). */
@Module({
  controllers: [MemberImportController],
  providers: [ImportMembersUseCase, ImportMembersResolver],
})
export class MemberImportModule {}
