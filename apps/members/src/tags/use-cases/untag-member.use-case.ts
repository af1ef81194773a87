import { Injectable } from '@nestjs/common';
import { withIdempotency } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { changeMemberTag } from './member-tag-command';
import { resolveTagTarget } from './tag-member.use-case';

/** An operator takes a tag off a member; the rule will not put it back. */
@Injectable()
export class UntagMemberUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, memberId: string, tagKey: string, idempotencyKey?: string): Promise<void> {
    return this.context.store.transaction(async (client) => (await withIdempotency(client, { tenantId: identity.tenant, key: idempotencyKey, command: 'UntagMember' }, async () => {
      const tagId = await resolveTagTarget(client, identity.tenant, memberId, tagKey);
      await changeMemberTag(this.context.store, client, identity.tenant, { type: 'RemoveTag', memberId, tagId, source: 'manual', by: actorOf(identity) });
    })).result, { retryOnConflict: true });
  }
}
