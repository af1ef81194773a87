import { randomUUID } from 'node:crypto';
import { expectingSuccess, type GraphqlClient } from '@groundswell/test-kit';
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
