import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';

const cohortRetention = `query($filter: KpiFilter, $range: KpiRange!) {
  cohortRetention(filter: $filter, range: $range, granularity: DAY, offsets: 1) {
    definitionVersion asOf computedAt lagSeconds cohorts { cohortStart size cells { offset retained rate } } } }`;
const scorecard = `query($filter: KpiFilter, $range: KpiRange!) {
  scorecard(framework: FIVE_EFFECTS, filter: $filter, range: $range) {
    framework supported asOf lagSeconds metrics { kpiId value definitionVersion } pending { dimension reason } } }`;

describe('cohort retention and scorecards through the gateway', () => {
  it('should answer today’s cohort and the five-effects scorecard from the event streams, for the caller’s tenant only', async () => {
    const tenant = `e2e-cohort-${randomUUID().slice(0, 8)}`;
    const owner = expectingSuccess(await gatewayClient(tenant, ['owner']));
    const communityId = (await owner(`mutation { createCommunity(input: { name: "Cohorts", platform: wechat }) { community { id } } }`)).createCommunity.community.id;
    const members: string[] = [];
    for (let index = 0; index < 4; index++) {
      const joined = await owner(`mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }`, {
        input: { communityId, channel: 'qr', identities: [{ kind: 'phone', value: `1380000${String(index).padStart(4, '0')}` }] },
      });
      members.push(joined.joinCommunity.member.id);
    }
    const now = new Date(Date.now() - 60_000);
    const items = members.slice(0, 2).map((memberId, index) => ({ memberId, kind: 'comment', clientEventId: `cohort-${index}`, occurredAt: now.toISOString() }));
    await owner(`mutation($input: RecordActivityInput!) { recordMemberActivity(input: $input) { accepted } }`, { input: { communityId, items } });

    const today = now.toISOString().slice(0, 10);
    const variables = { filter: { communityId }, range: { from: today, to: today } };
    const analyst = await gatewayClient(tenant, ['analyst']);
    await eventually(async () => {
      const answer = await analyst(cohortRetention, variables);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.cohortRetention.cohorts).toEqual([{ cohortStart: today, size: 4, cells: [{ offset: 0, retained: 2, rate: 0.5 }] }]);
    }, 90_000, 500);
    const card = await analyst(scorecard, variables);
    expect(card.errors).toBeUndefined();
    expect(card.data.scorecard.metrics.find((metric: { kpiId: string }) => metric.kpiId === 'members.new')).toEqual({ kpiId: 'members.new', value: 4, definitionVersion: 1 });
    expect(card.data.scorecard.pending.map((metric: { dimension: string }) => metric.dimension)).toContain('Customer care');

    const stranger = await gatewayClient(`e2e-cohort-other-${randomUUID().slice(0, 8)}`, ['analyst']);
    expect((await stranger(cohortRetention, variables)).data.cohortRetention.cohorts).toEqual([{ cohortStart: today, size: 0, cells: [{ offset: 0, retained: 0, rate: null }] }]);
  });
});
