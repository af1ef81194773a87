import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CatalogueItemKind } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { MemberDomainError } from '../../shared/member-domain.error';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { requireUuid } from './active-member';
import { runCatalogueCommand } from './catalogue-command';

export interface AddCatalogueItemInput {
  /** Only members of this community may redeem it; absent = every member of the tenant. */
  communityId?: string;
  name: string;
  kind: CatalogueItemKind;
  /** Points per unit. */
  cost: number;
  stock: number;
}

@Injectable()
export class AddCatalogueItemUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, input: AddCatalogueItemInput, idempotencyKey?: string): Promise<{ itemId: string }> {
    const itemId = randomUUID();
    const command = { type: 'AddCatalogueItem' as const, itemId, ...input, by: actorOf(identity) };
    return runCatalogueCommand(this.context, identity, itemId, command, idempotencyKey, (client) => this.requireCommunity(client, identity.tenant, input.communityId));
  }

  private async requireCommunity(client: PoolClient, tenantId: string, communityId?: string): Promise<void> {
    if (communityId === undefined) return;
    requireUuid(communityId, 'communityId');
    const { rowCount } = await client.query('SELECT 1 FROM communities WHERE tenant_id = $1 AND community_id = $2', [tenantId, communityId]);
    if (!rowCount) throw new MemberDomainError('COMMUNITY_NOT_FOUND', 'No such community', { communityId });
  }
}
