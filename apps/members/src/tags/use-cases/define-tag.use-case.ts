import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { MemberLifecycleStage, TagCategory, TagMode } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { runIdempotentCommand } from '../../shared/idempotent-command';
import { MemberDomainError } from '../../shared/member-domain.error';
import { memberStreams } from '../../shared/stream-ids';
import { tagDefinitionDecider } from '../tag-definition.decider';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';
import { requireTagRuleCriteria } from '../rules/tag-rule';
import { requireTagKey } from '../tag-key';

export interface DefineTagInput {
  key: string;
  name: string;
  mode: TagMode;
  category?: TagCategory;
  rule?: { stages?: MemberLifecycleStage[] };
}

/** Adds a tag to the tenant's vocabulary under a unique key; a rule-based tag names its rule. */
@Injectable()
export class DefineTagUseCase {
  constructor(private readonly context: MembersContext) {}

  async execute(identity: Identity, input: DefineTagInput, idempotencyKey?: string): Promise<{ tagId: string }> {
    const key = requireTagKey(input.key);
    const criteria = requireTagRuleCriteria(input.rule);
    return runIdempotentCommand(this.context.store, { tenantId: identity.tenant, key: idempotencyKey, command: 'DefineTag' }, async (client) => {
      const tagId = randomUUID();
      // A concurrent define of the same key blocks here and then finds the key taken.
      const claimed = await client.query('INSERT INTO tag_keys (tenant_id, key, tag_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [identity.tenant, key, tagId]);
      if (claimed.rowCount !== 1) throw new MemberDomainError('TAG_ALREADY_DEFINED', 'A tag with this key exists already', { key });
      await this.context.store.handleIn(client, {
        decider: tagDefinitionDecider,
        stream: tenantStream(identity.tenant, memberStreams.tag(tagId)),
        command: { type: 'DefineTag', tagId, key, name: input.name, category: input.category ?? 'custom', mode: input.mode, criteria: criteria as Record<string, unknown> | undefined, by: actorOf(identity) },
      });
      return { tagId };
    });
  }
}
