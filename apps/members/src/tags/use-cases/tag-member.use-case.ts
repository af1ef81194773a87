import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { runIdempotentCommand } from '../../shared/idempotent-command';
import { MemberDomainError } from '../../shared/member-domain.error';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { changeMemberTag } from './member-tag-command';

/** The tag id behind a key, for a member who can still carry tags. */
export async function resolveTagTarget(client: PoolClient, tenantId: string, memberId: string, tagKey: string): Promise<string> {
  const member = await client.query<{ status: string }>('SELECT status FROM members WHERE tenant_id = $1 AND member_id = $2', [tenantId, memberId]);
  const status = member.rows[0]?.status;
  if (!status) throw new MemberDomainError('MEMBER_NOT_FOUND', 'No such member', { memberId });
  if (status === 'erased') throw new MemberDomainError('MEMBER_ERASED', 'The member was erased', { memberId });
  if (status === 'merged') throw new MemberDomainError('MEMBER_MERGED', 'The member was merged into another', { memberId });
  const tag = await client.query<{ tag_id: string }>('SELECT tag_id FROM tag_keys WHERE tenant_id = $1 AND key = $2', [tenantId, tagKey]);
  if (!tag.rows[0]) throw new MemberDomainError('TAG_NOT_FOUND', 'No such tag', { tagKey });
  return tag.rows[0].tag_id;
}

/** An operator puts a tag on a member; a repeat is a no-op, and the rule will never take it off. */
@Injectable()
export class TagMemberUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, memberId: string, tagKey: string, idempotencyKey?: string): Promise<void> {
    return runIdempotentCommand(this.context.store, { tenantId: identity.tenant, key: idempotencyKey, command: 'TagMember' }, async (client) => {
      const tagId = await resolveTagTarget(client, identity.tenant, memberId, tagKey);
      await changeMemberTag(this.context.store, client, identity.tenant, { type: 'AssignTag', memberId, tagId, source: 'manual', by: actorOf(identity) });
    });
  }
}
