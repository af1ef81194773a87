import { randomUUID } from 'node:crypto';
import { CommunityCreatedV1, MemberActivityRecordedV1, MemberJoinedV1, MemberJoinedV2, MemberLeftV1, type EventEnvelope, type Platform } from '@groundswell/events';
import type { ActivityKind } from '../projections/activity-kind';
import { metadata } from './event-metadata';

/** Test data only: envelopes as the members service publishes them. */
export interface EventFacts {
  tenantId: string;
  communityId: string;
  memberId?: string;
  platform?: Platform;
  /** When it happened. */
  at: string;
  /** When members recorded it; defaults to `at` (on time). */
  recordedAt?: string;
}

export const aTenantId = () => `tenant-${randomUUID()}`;

export function aMemberJoined(facts: EventFacts): EventEnvelope {
  const memberId = facts.memberId ?? randomUUID();
  return MemberJoinedV2.create(
    { memberId, communityId: facts.communityId, platform: facts.platform ?? 'wecom', acquisition: { channel: 'qr-code' } },
    metadata(facts, memberId),
  );
}

/** The version-1 shape older producers wrote; readers must upcast it. */
export function aMemberJoinedV1(facts: EventFacts): EventEnvelope {
  const memberId = facts.memberId ?? randomUUID();
  return MemberJoinedV1.create(
    { memberId, communityId: facts.communityId, platform: facts.platform ?? 'wecom', channel: 'qr-code' },
    metadata(facts, memberId),
  );
}

export function aMemberLeft(facts: EventFacts): EventEnvelope {
  const memberId = facts.memberId ?? randomUUID();
  return MemberLeftV1.create(
    { memberId, communityId: facts.communityId, platform: facts.platform ?? 'wecom', reason: 'left' },
    metadata(facts, memberId),
  );
}

export function aMemberActivity(facts: EventFacts & { kind?: ActivityKind }): EventEnvelope {
  return MemberActivityRecordedV1.create(
    {
      memberId: facts.memberId ?? randomUUID(),
      communityId: facts.communityId,
      kind: facts.kind ?? 'message_posted',
      clientEventId: randomUUID(),
      platform: 'wecom_group',
    },
    metadata(facts, `activity-${facts.communityId}-${facts.at.slice(0, 10)}`),
  );
}

export function aCommunityCreated(facts: Omit<EventFacts, 'memberId'>): EventEnvelope {
  return CommunityCreatedV1.create(
    { communityId: facts.communityId, name: 'Test community', platform: facts.platform ?? 'wecom' },
    metadata(facts, facts.communityId),
  );
}
