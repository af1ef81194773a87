// The GraphQL operations the demo loader sends, all through the gateway's public API.

export const communitiesQuery = `query DemoCommunities($after: String) {
  communities(first: 100, after: $after) { edges { node { id name externalId memberCount } } pageInfo { hasNextPage endCursor } }
}`;
export const createCommunityMutation = `mutation DemoCreateCommunity($input: CreateCommunityInput!, $key: String) {
  createCommunity(input: $input, idempotencyKey: $key) { community { id name externalId memberCount } }
}`;
export const joinMutation = `mutation DemoJoin($input: JoinCommunityInput!, $key: String) {
  joinCommunity(input: $input, idempotencyKey: $key) { member { id } newMember }
}`;
export const activityMutation = `mutation DemoActivity($input: RecordActivityInput!) {
  recordMemberActivity(input: $input) { accepted duplicates }
}`;
export const profileMutation = `mutation DemoProfile($memberId: ID!, $input: UpdateMemberProfileInput!, $key: String) {
  updateMemberProfile(memberId: $memberId, input: $input, idempotencyKey: $key) { member { id } }
}`;
export const earnMutation = `mutation DemoEarn($input: EarnPointsInput!, $key: String) {
  earnPoints(input: $input, idempotencyKey: $key) { balance }
}`;
export const redeemMutation = `mutation DemoRedeem($memberId: ID!, $amount: Int!, $redemptionId: ID!, $key: String) {
  redeemPoints(memberId: $memberId, amount: $amount, redemptionId: $redemptionId, idempotencyKey: $key) { balance }
}`;
