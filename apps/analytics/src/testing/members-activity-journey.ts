import type { expectingSuccess } from '@groundswell/test-kit';

type SucceedingClient = ReturnType<typeof expectingSuccess>;

/**
 * The e2e journey from the members service to analytics' KPIs: five members join a new community
 * and three of them are active a minute ago (two items each), so today's `members.new` is 5 and
 * `activity.dau` 3 once analytics has ingested the events — seven mutations in all.
 */
export async function fiveMembersJoinAndThreeAreActive(owner: SucceedingClient): Promise<{ communityId: string; today: string }> {
  const communityId = (await owner(`mutation { createCommunity(input: { name: "KPI", platform: wechat }) { community { id } } }`)).createCommunity.community.id;
  const members: string[] = [];
  for (let index = 0; index < 5; index++) {
    const joined = await owner(`mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }`, {
      input: { communityId, channel: 'qr', identities: [{ kind: 'phone', value: `1370000${String(index).padStart(4, '0')}` }] },
    });
    members.push(joined.joinCommunity.member.id);
  }
  const now = new Date(Date.now() - 60_000);
  const items = members.slice(0, 3).flatMap((memberId, index) => [
    { memberId, kind: 'message_posted', clientEventId: `kpi-${index}-a`, occurredAt: now.toISOString() },
    { memberId, kind: 'reaction', clientEventId: `kpi-${index}-b`, occurredAt: now.toISOString() },
  ]);
  await owner(`mutation($input: RecordActivityInput!) { recordMemberActivity(input: $input) { accepted } }`, { input: { communityId, items } });
  return { communityId, today: now.toISOString().slice(0, 10) };
}
