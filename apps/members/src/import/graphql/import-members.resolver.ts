import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, RequirePermissions, type Identity } from '@groundswell/service-kit';
import type { IdentityKind } from '@groundswell/events';
import type { IdentityInput } from '../../membership/identity/normalise';
import { ImportMembersUseCase } from '../import-members.use-case';
import { requireImportScope } from '../import-scope';
import { memberImportPermission } from '../member-import.permission';
import { ImportMembersInput, ImportMembersPayload, type ImportMemberRowInput } from './import-members.types';

const identity = (input: { kind: string; scope?: string; value: string }): IdentityInput => ({ ...input, kind: input.kind as IdentityKind });

@Resolver()
export class ImportMembersResolver {
  constructor(private readonly importMembersUseCase: ImportMembersUseCase) {}

  @Mutation(() => ImportMembersPayload, { description: 'Imports members from another system: thousands of joins in one all-or-nothing, idempotent batch' })
  @RequirePermissions(memberImportPermission)
  importMembers(
    @CurrentIdentity() caller: Identity,
    @Args('input') input: ImportMembersInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<ImportMembersPayload> {
    requireImportScope(caller, input.rows);
    const rows = input.rows.map((row: ImportMemberRowInput) => ({
      ...row,
      identities: row.identities.map(identity),
      referrer: row.referrer && identity(row.referrer),
      profile: row.profile && { ...row.profile },
    }));
    return this.importMembersUseCase.execute(caller, input.batchKey, rows, idempotencyKey);
  }
}
