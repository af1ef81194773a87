import { Injectable } from '@nestjs/common';
import { inTransactionRetryingConflicts } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { changeMemberTag } from './member-tag-command';
import { resolveTagTarget } from './tag-member.use-case';

/** An operator takes a tag off a member; the rule will not put it back. */
@Injectable()
export class UntagMemberUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, memberId: string, tagKey: string): Promise<void> {
    return inTransactionRetryingConflicts(this.context.pool, true, async (client) => {
      const tagId = await resolveTagTarget(client, identity.tenant, memberId, tagKey);
      await changeMemberTag(client, identity.tenant, { type: 'RemoveTag', memberId, tagId, source: 'manual', by: actorOf(identity) });
    });
  }
}
