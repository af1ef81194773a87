import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { actorOf } from '../../shared/actor-of';
import { runIdempotentCommand } from '../../shared/idempotent-command';
import { MembersContext } from '../../shared/members-context';
import { changeMemberTag } from './member-tag-command';
import { resolveTagTarget } from './tag-member.use-case';

/** An operator takes a tag off a member; the rule will not put it back. */
@Injectable()
export class UntagMemberUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, memberId: string, tagKey: string, idempotencyKey?: string): Promise<void> {
    return runIdempotentCommand(this.context.store, { tenantId: identity.tenant, key: idempotencyKey, command: 'UntagMember' }, async (client) => {
      const tagId = await resolveTagTarget(client, identity.tenant, memberId, tagKey);
      await changeMemberTag(this.context.store, client, identity.tenant, { type: 'RemoveTag', memberId, tagId, source: 'manual', by: actorOf(identity) });
    });
  }
}
