import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { memberDecider } from '../member.decider';
import { memberStreams } from '../../shared/stream-ids';
import { type MemberCommand } from '../member.commands';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';

type LeaveOrRemove =
  | { kind: 'leave'; communityId: string; exitReason?: Extract<MemberCommand, { type: 'LeaveCommunity' }>['exitReason'] }
  | { kind: 'remove'; communityId: string; ban: boolean; sanctionId?: string };

/** A member leaves a community, or an operator removes (or bans) them: a sanction is an exit too. */
@Injectable()
export class LeaveCommunityUseCase {
  constructor(private readonly context: MembersContext) {}

  async execute(identity: Identity, memberId: string, input: LeaveOrRemove, idempotencyKey?: string): Promise<{ memberId: string }> {
    const by = actorOf(identity);
    const command: MemberCommand =
      input.kind === 'leave'
        ? { type: 'LeaveCommunity', communityId: input.communityId, exitReason: input.exitReason, by }
        : { type: 'RemoveFromCommunity', communityId: input.communityId, ban: input.ban, sanctionId: input.sanctionId, by };
    await this.context.store.handle({
      decider: memberDecider,
      stream: tenantStream(identity.tenant, memberStreams.member(memberId)),
      command,
      context: { idempotencyKey },
    });
    return { memberId };
  }
}
