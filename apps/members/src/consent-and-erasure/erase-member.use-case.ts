import { Injectable } from '@nestjs/common';
import { loadAggregate } from '@groundswell/event-store';
import { MemberErasedV1 } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { memberDecider } from '../membership/member.decider';
import { runIdempotentCommand } from '../shared/idempotent-command';
import { memberStreams } from '../shared/stream-ids';
import { actorOf } from '../shared/actor-of';
import { MembersContext } from '../shared/members-context';
import { tenantStream } from '../shared/tenant-stream';

export type ErasureBasis = 'member_request' | 'retention_expired' | 'legal_obligation' | 'account_closed';

/**
 * PIPL erasure by crypto-shredding: MemberErased is appended and the member's key destroyed in one
 * transaction, so from that commit on no copy of their personal data can be read anywhere.
 *
 * A survivor of merges is the same person as every duplicate it absorbed (and not since gave back),
 * so each of those streams gets its own MemberErased and loses its key too, recursively. Erasing an
 * absorbed duplicate on its own erases only that record: its key goes, so the identities it brought
 * to the survivor become unreadable and stop resolving to the survivor; the survivor's own data stays,
 * and the merge can no longer be undone.
 */
@Injectable()
export class EraseMemberUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, memberId: string, basis: ErasureBasis, idempotencyKey?: string): Promise<{ memberId: string; erased: boolean }> {
    return runIdempotentCommand(this.context.store, { tenantId: identity.tenant, key: idempotencyKey, command: 'EraseMember' }, async (client) => ({
      memberId,
      erased: await this.erase(client, identity, memberId, basis),
    }));
  }

  private async erase(client: PoolClient, identity: Identity, memberId: string, basis: ErasureBasis): Promise<boolean> {
    const stream = tenantStream(identity.tenant, memberStreams.member(memberId));
    const before = (await loadAggregate(client, memberDecider, stream)).state;
    const outcome = await this.context.store.handleIn(client, {
      decider: memberDecider,
      stream,
      command: { type: 'EraseMember', basis, by: actorOf(identity) },
    });
    const erased = outcome.events.find((event) => event.type === MemberErasedV1.type);
    if (!erased) return false;
    await this.context.vault.destroyKeys(client, identity.tenant, (erased.data as { erasedKeyIds: string[] }).erasedKeyIds);
    for (const { absorbedMemberId } of Object.values(before.absorbed)) await this.erase(client, identity, absorbedMemberId, basis);
    return true;
  }
}
