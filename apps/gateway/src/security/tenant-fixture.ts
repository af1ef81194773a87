import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, type GraphqlClient } from '@groundswell/test-kit';
import type { KnownValues } from './operation-builder';

export interface TenantFixture {
  known: KnownValues;
  /** What only this tenant's data contains: its ids, names and tag key (the KPI id is the same for everyone). */
  secrets: string[];
}

/**
 * A small but real tenant, created through the gateway: the ids and names an attacker from another
 * tenant will name, keyed by the argument names that carry them.
 */
export async function createTenantFixture(graphql: GraphqlClient, label: string): Promise<TenantFixture> {
  const call = expectingSuccess(graphql);
  const names = [`${label} Garden Club`, `${label} Gardener`, `${label} Seed Swappers`, `${label} Seed Packet`];
  const key = () => ({ idempotencyKey: randomUUID() });
  const { createCommunity } = await call(
    `mutation($input: CreateCommunityInput!, $idempotencyKey: String) { createCommunity(input: $input, idempotencyKey: $idempotencyKey) { community { id } } }`,
    { input: { name: names[0], platform: 'wechat' }, ...key() },
  );
  const communityId: string = createCommunity.community.id;
  const join = (phone: string) =>
    call(`mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }`, {
      input: { communityId, channel: 'qr-code', displayName: names[1], identities: [{ kind: 'phone', value: phone }] },
    });
  const memberId: string = (await join('13800138101')).joinCommunity.member.id;
  const otherMemberId: string = (await join('13800138102')).joinCommunity.member.id;
  const tagKey = `${label.toLowerCase().replace(/[^a-z]/g, '')}-gardener`;
  await call(`mutation($input: DefineTagInput!) { defineTag(input: $input) { key } }`, { input: { key: tagKey, name: names[1], mode: 'manual' } });
  await call(`mutation($memberId: ID!, $tagKey: String!) { tagMember(memberId: $memberId, tagKey: $tagKey) { __typename } }`, { memberId, tagKey });
  const { createSegment } = await call(`mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id } }`, {
    input: { name: names[2], filter: { communityId } },
  });
  const { addCatalogueItem } = await call(
    `mutation($input: AddCatalogueItemInput!, $idempotencyKey: String) { addCatalogueItem(input: $input, idempotencyKey: $idempotencyKey) { id } }`,
    { input: { communityId, name: names[3], kind: 'gift', cost: 5, stock: 10 }, ...key() },
  );
  await call(`mutation($input: EarnPointsInput!, $idempotencyKey: String) { earnPoints(input: $input, idempotencyKey: $idempotencyKey) { balance } }`, {
    input: { memberId, amount: 50, sourceRef: `${label}-welcome`, sourceKind: 'activity' },
    ...key(),
  });
  const { kpiCatalogue } = await call(`{ kpiCatalogue(first: 1) { edges { node { id } } } }`);
  const known: KnownValues = {
    communityId,
    memberId,
    duplicateId: otherMemberId,
    survivorId: memberId,
    referrerMemberId: otherMemberId,
    segmentId: createSegment.id,
    itemId: addCatalogueItem.id,
    tagKey,
    // `kpi(id:)` returns a KpiSeries: the builder looks for the id of the type a field returns.
    kpiSeriesId: kpiCatalogue.edges[0].node.id,
  };
  const secrets = [communityId, memberId, otherMemberId, createSegment.id, addCatalogueItem.id, tagKey, ...names];
  return { known, secrets };
}

const todaysTotal = `query($id: ID!, $range: KpiRange!) { kpi(id: $id, range: $range, granularity: DAY) { points { value } } }`;

/**
 * Analytics learns of the fixture's joins and points from Kafka, some time after they were made; a
 * snapshot of the tenant taken before that would see its cohorts and KPIs still filling in.
 */
export async function untilAnalyticsHasTheFixture(graphql: GraphqlClient): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const total = async (id: string) => {
    const { kpi } = await expectingSuccess(graphql)(todaysTotal, { id, range: { from: today, to: today } });
    return (kpi.points as Array<{ value: number | null }>).reduce((sum, point) => sum + (point.value ?? 0), 0);
  };
  await eventually(async () => {
    expect(await total('members.new')).toBeGreaterThanOrEqual(2);
    expect(await total('points.issued')).toBeGreaterThanOrEqual(50);
  }, 60_000);
}
