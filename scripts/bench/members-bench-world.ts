import { randomUUID } from 'node:crypto';
import { beforeAllEvents, positionOf, readTenantHistory, toEnvelope } from '@groundswell/event-store';
import type { EventEnvelope } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { createTestDatabase, type TestDatabase } from '@groundswell/test-kit';
import { RecordActivityUseCase } from '../../apps/members/src/activity/record-activity.use-case';
import { CreateCommunityUseCase } from '../../apps/members/src/communities/use-cases/create-community.use-case';
import { ImportMembersUseCase } from '../../apps/members/src/import/import-members.use-case';
import type { ImportRowInput } from '../../apps/members/src/import/import-row';
import { membersService } from '../../apps/members/src/members.service';
import { CreateSegmentUseCase } from '../../apps/members/src/segments/use-cases/create-segment.use-case';
import { MembersContext } from '../../apps/members/src/shared/members-context';

const communityCount = 4;
const activityDays = 14;
const peoplePerImport = 500;
const dayMs = 24 * 60 * 60 * 1000;

export interface MembersBenchWorld {
  database: TestDatabase;
  context: MembersContext;
  /** The tenant's member-stream events in commit order, as the relay publishes them. */
  memberEvents: EventEnvelope[];
  /** The tenant's activity events in commit order. */
  activityEvents: EventEnvelope[];
}

/**
 * A members database grown through the service's own use cases, so its read models and event
 * store hold what a running tenant's would: people imported into four communities (identities,
 * profile, consents, then a second community) until there are `total` member events, three segments a community, and
 * `total` activity items over the last two weeks spread across them.
 */
export async function membersBenchWorld(total: number): Promise<MembersBenchWorld> {
  const database = await createTestDatabase('bench_domain_consumers', membersService.migrations);
  const context = new MembersContext(database.pool);
  const operator: Identity = { sub: 'bench-operator', tenant: `bench-consumers-${randomUUID().slice(0, 8)}`, roles: ['owner'] };
  const communities: string[] = [];
  for (let index = 0; index < communityCount; index++) {
    communities.push((await new CreateCommunityUseCase(context).execute(operator, { name: `Bench ${index}`, platform: 'wechat' })).communityId);
  }
  const segments = new CreateSegmentUseCase(context);
  for (const communityId of communities) {
    await segments.execute(operator, { name: 'Active this month', filter: { communityId, activeWithinDays: 30 } });
    await segments.execute(operator, { name: 'Core', filter: { communityId, stages: ['active', 'core'] } });
    await segments.execute(operator, { name: 'Reachable', filter: { communityId, consentPurpose: 'marketing_messages' } });
  }

  const importer = new ImportMembersUseCase(context);
  let people = 0;
  let memberEvents: EventEnvelope[] = [];
  while (memberEvents.length < total) {
    const rows = Array.from({ length: peoplePerImport }, (_, index) => importRow(communities, people + index));
    await importer.execute(operator, `bench-${people}`, rows);
    // The same people join a second community, now with their consents on record: partners hear of it.
    await importer.execute(operator, `bench-${people}-again`, rows.map((row, index) => ({
      communityId: communities[(people + index + 1) % communities.length]!,
      channel: 'import',
      identities: row.identities,
    })));
    people += rows.length;
    memberEvents = await history(context, operator.tenant, 'member', total);
  }

  const memberships = await database.pool.query<{ community_id: string; member_id: string }>('SELECT community_id, member_id FROM memberships WHERE tenant_id = $1', [
    operator.tenant,
  ]);
  const activity = new RecordActivityUseCase(context);
  const now = Date.now();
  for (const communityId of communities) {
    const members = memberships.rows.filter((row) => row.community_id === communityId).map((row) => row.member_id);
    const items = Array.from({ length: Math.ceil(total / communityCount) }, (_, index) => ({
      memberId: members[index % members.length]!,
      kind: 'message_posted' as const,
      clientEventId: `bench-${index}`,
      occurredAt: new Date(now - (index % activityDays) * dayMs - 60_000),
    }));
    await activity.execute(operator, communityId, items);
  }
  return { database, context, memberEvents, activityEvents: await history(context, operator.tenant, 'activity', total) };
}

function importRow(communities: readonly string[], index: number): ImportRowInput {
  const decidedAt = new Date('2025-05-01T00:00:00Z');
  const consent = (purpose: string, granted: boolean) => ({ purpose, granted, policyVersion: '2025-01', decidedAt });
  return {
    communityId: communities[index % communities.length]!,
    channel: 'import',
    joinedAt: new Date(Date.parse('2025-06-01T00:00:00Z') + index * 60_000),
    identities: [
      { kind: 'phone', value: `1380${String(index).padStart(7, '0')}` },
      { kind: 'email', value: `bench-${index}@example.com` },
    ],
    profile: { displayName: `会员${index}`, region: index % 2 === 0 ? 'Shanghai' : 'Beijing' },
    consents: [consent('partner_sharing', index % 2 === 0), consent('marketing_messages', index % 3 !== 0)],
  };
}

/** The first `limit` events of the tenant's streams of one type, in commit order. */
async function history(context: MembersContext, tenantId: string, streamType: string, limit: number): Promise<EventEnvelope[]> {
  const events: EventEnvelope[] = [];
  let after = beforeAllEvents;
  while (events.length < limit) {
    const page = await readTenantHistory(context.pool, tenantId, [streamType], after, Math.min(5_000, limit - events.length));
    if (!page.length) break;
    events.push(...page.map(toEnvelope));
    after = positionOf(page[page.length - 1]!);
  }
  return events;
}
