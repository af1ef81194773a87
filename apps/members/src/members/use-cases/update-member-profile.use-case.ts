import { Injectable } from '@nestjs/common';
import { foldEvents, handleCommandIn, inTransactionRetryingConflicts, readStream } from '@groundswell/event-store';
import type { MemberProfileChanges, MemberProfileField } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { memberDecider, memberStreams, profilePlaintexts, requireActiveMember, type ProfileInput } from '../../domain';
import { memberProjection } from '../../read-models/member.projection';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';

/**
 * Changes a member's profile. Values are checked in the clear, then encrypted with the member's own
 * key, so the event, the read model and Kafka only ever hold ciphertexts that erasure can shred.
 */
@Injectable()
export class UpdateMemberProfileUseCase {
  constructor(private readonly context: MembersContext) {}

  async execute(identity: Identity, memberId: string, input: ProfileInput, idempotencyKey?: string): Promise<{ memberId: string }> {
    const plain = profilePlaintexts(input);
    const tenantId = identity.tenant;
    const stream = tenantStream(tenantId, memberStreams.member(memberId));
    return inTransactionRetryingConflicts(this.context.pool, true, async (client) => {
      // Checked before encrypting: the vault would otherwise mint a key for an unknown or erased member.
      requireActiveMember(foldEvents(memberDecider, (await readStream(client, tenantId, stream.streamId)) as never));
      const changes: MemberProfileChanges = {};
      for (const [field, value] of Object.entries(plain) as [MemberProfileField, string | null][]) {
        changes[field] = value === null ? null : await this.context.vault.encrypt(client, tenantId, memberId, value);
      }
      await handleCommandIn(client, {
        decider: memberDecider,
        stream,
        command: { type: 'UpdateMemberProfile', changes, by: actorOf(identity) },
        commandName: 'UpdateMemberProfile',
        context: { idempotencyKey },
        projections: [memberProjection],
      });
      return { memberId };
    });
  }
}
