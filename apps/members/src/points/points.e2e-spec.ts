import { randomUUID } from 'node:crypto';
import { gatewayClient } from '@groundswell/test-kit';

const createCommunity = `mutation { createCommunity(input: { name: "Runners", platform: wechat }) { community { id } } }`;
const join = `mutation($communityId: ID!, $phone: String!) {
  joinCommunity(input: { communityId: $communityId, channel: "qr-code", identities: [{ kind: phone, value: $phone }] }) { member { id } } }`;
const earn = `mutation($input: EarnPointsInput!) { earnPoints(input: $input) { balance lifetimeEarned } }`;
const addItem = `mutation($input: AddCatalogueItemInput!) { addCatalogueItem(input: $input) { id stock cost } }`;
const redeem = `mutation($input: RedeemCatalogueItemInput!) {
  redeemCatalogueItem(input: $input) { redemptionId pointsAccount { balance } item { stock } } }`;

describe('points through the gateway', () => {
  it('should earn once per source, redeem a catalogue item and show the balance on the member', async () => {
    const graphql = await gatewayClient(`e2e-points-${randomUUID().slice(0, 8)}`, ['owner']);
    const communityId = (await graphql(createCommunity)).data.createCommunity.community.id;
    const memberId = (await graphql(join, { communityId, phone: '13900139000' })).data.joinCommunity.member.id;

    const award = { memberId, amount: 150, sourceRef: 'order:1', sourceKind: 'purchase' };
    const awards = await Promise.all([graphql(earn, { input: award }), graphql(earn, { input: award })]);
    for (const each of awards) expect(each.data.earnPoints).toEqual({ balance: 150, lifetimeEarned: 150 });

    const item = (await graphql(addItem, { input: { name: 'Water bottle', kind: 'gift', cost: 100, stock: 1 } })).data.addCatalogueItem;
    const redeemed = await graphql(redeem, { input: { memberId, itemId: item.id, expectedCost: 100 } });
    expect(redeemed.errors).toBeUndefined();
    expect(redeemed.data.redeemCatalogueItem).toMatchObject({ pointsAccount: { balance: 50 }, item: { stock: 0 } });

    const soldOut = await graphql(redeem, { input: { memberId, itemId: item.id, expectedCost: 100 } });
    expect(soldOut.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OUT_OF_STOCK' });

    const member = await graphql(`query($id: ID!) { member(id: $id) { id points { balance lifetimeEarned } } }`, { id: memberId });
    expect(member.data.member.points).toEqual({ balance: 50, lifetimeEarned: 150 });
  });

  it('should keep points out of reach of roles without members:manage', async () => {
    const graphql = await gatewayClient(`e2e-points-${randomUUID().slice(0, 8)}`, ['analyst']);
    const denied = await graphql(earn, { input: { memberId: randomUUID(), amount: 1, sourceRef: 'x', sourceKind: 'activity' } });
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
