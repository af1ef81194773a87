import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { CommunityCreatedV1, deadLetterTopic, domainTopic, type EventEnvelope } from '@groundswell/events';
import { ensureTopics } from '@groundswell/messaging';
import type { PoolClient } from 'pg';

export const knownCommunitiesGroup = 'moderation.known-communities';
export const communityTopic = domainTopic('members', 'community');

/** Records each community the members service creates, exactly once, so moderation can check a community id. */
export async function recordKnownCommunity(client: PoolClient, envelope: EventEnvelope): Promise<void> {
  if (!CommunityCreatedV1.is(envelope)) return;
  await client.query('INSERT INTO known_communities (tenant_id, community_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    envelope.tenantid,
    envelope.data.communityId,
  ]);
}

@Injectable()
export class KnownCommunitiesConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: knownCommunitiesGroup, topics: [communityTopic], component: 'known-communities', handle: recordKnownCommunity };
  }

  protected override async prepare(): Promise<void> {
    await ensureTopics(this.kafka, [communityTopic, deadLetterTopic(knownCommunitiesGroup)], (message, extra) => this.log('warn', message, extra));
  }
}
