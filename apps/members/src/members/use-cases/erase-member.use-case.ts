import { Injectable } from '@nestjs/common';
import { handleCommandIn, inTransactionRetryingConflicts } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { memberDecider, memberStreams } from '../../domain';
import { memberProjection } from '../../read-models/member.projection';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';

export type ErasureBasis = 'member_request' | 'retention_expired' | 'legal_obligation' | 'account_closed';

/**
 * PIPL erasure by crypto-shredding: MemberErased is appended and the member's key destroyed in one
 * transaction, so from that commit on no copy of their personal data can be read anywhere.
 */
@Injectable()
export class EraseMemberUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, memberId: string, basis: ErasureBasis): Promise<{ memberId: string; erased: boolean }> {
    return inTransactionRetryingConflicts(this.context.pool, true, async (client) => {
      const outcome = await handleCommandIn(client, {
        decider: memberDecider,
        stream: tenantStream(identity.tenant, memberStreams.member(memberId)),
        command: { type: 'EraseMember', basis, by: actorOf(identity) },
        commandName: 'EraseMember',
        projections: [memberProjection],
      });
      const erased = outcome.events.find((event) => event.type === 'groundswell.members.MemberErased.v1');
      if (erased) await this.context.vault.destroyKeys(client, identity.tenant, (erased.data as { erasedKeyIds: string[] }).erasedKeyIds);
      return { memberId, erased: Boolean(erased) };
    });
  }
}
