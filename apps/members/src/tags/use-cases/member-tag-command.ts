import { loadAggregate, type CommandContext, type EventStore } from '@groundswell/event-store';
import type { Actor } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { MemberDomainError } from '../../shared/member-domain.error';
import { memberStreams } from '../../shared/stream-ids';
import { memberTagsDecider, type TagSnapshot } from '../member-tags.decider';
import { tagDefinitionDecider } from '../tag-definition.decider';
import { tenantStream } from '../../shared/tenant-stream';

export interface MemberTagChange {
  type: 'AssignTag' | 'RemoveTag';
  memberId: string;
  tagId: string;
  source: 'manual' | 'rule';
  by: Actor;
}

/** The tag as its own stream says, so a retirement or rule change committed a moment ago counts. */
export async function tagSnapshot(client: PoolClient, tenantId: string, tagId: string): Promise<TagSnapshot> {
  const { state: tag } = await loadAggregate(client, tagDefinitionDecider, tenantStream(tenantId, memberStreams.tag(tagId)));
  if (!tag.exists) throw new MemberDomainError('TAG_NOT_FOUND', 'No such tag', { tagId });
  return { tagId, mode: tag.mode, ruleVersion: tag.rule?.version, retired: tag.retired };
}

/** Assigns or removes one tag in the caller's transaction; the member-tags stream keeps the history. */
export async function changeMemberTag(store: EventStore, client: PoolClient, tenantId: string, change: MemberTagChange, context: CommandContext = {}): Promise<void> {
  const tag = await tagSnapshot(client, tenantId, change.tagId);
  const command = { type: change.type, memberId: change.memberId, tag, source: change.source, by: change.by, at: new Date() };
  await store.handleIn(client, {
    decider: memberTagsDecider,
    stream: tenantStream(tenantId, memberStreams.memberTags(change.memberId)),
    command,
    context,
  });
}
