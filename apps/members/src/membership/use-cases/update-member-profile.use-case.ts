import { Injectable } from '@nestjs/common';
import { loadAggregate } from '@groundswell/event-store';
import type { MemberProfileChanges, MemberProfileField } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { memberDecider } from '../member.decider';
import { memberStreams } from '../../shared/stream-ids';
import { profilePlaintexts, type ProfileInput } from '../profile-values';
import { requireActiveMember } from '../member-guards';
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
    return this.context.store.transaction(async (client) => {
      // Checked before encrypting: the vault would otherwise mint a key for an unknown or erased member.
      requireActiveMember((await loadAggregate(client, memberDecider, stream)).state);
      const changes: MemberProfileChanges = {};
      for (const [field, value] of Object.entries(plain) as [MemberProfileField, string | null][]) {
        changes[field] = value === null ? null : await this.context.vault.encrypt(client, tenantId, memberId, value);
      }
      await this.context.store.handleIn(client, {
        decider: memberDecider,
        stream,
        command: { type: 'UpdateMemberProfile', changes, by: actorOf(identity) },
        context: { idempotencyKey },
      });
      return { memberId };
    }, { retryOnConflict: true });
  }
}
