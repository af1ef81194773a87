// The GraphQL operations the demo loader's content step sends, all through the gateway's public API.

const item = 'contentItem { id status roundsRequired roundsApproved }';

export const contentOperations = {
  setContentPlan: `mutation DemoContentPlan($input: SetContentPlanInput!, $key: String) {
  setContentPlan(input: $input, idempotencyKey: $key) { contentPlan { communityId } }
}`,
  setUgcSettings: `mutation DemoUgcSettings($input: SetUgcSettingsInput!, $key: String) {
  setUgcSettings(input: $input, idempotencyKey: $key) { ugcSettings { moderation rewardPoints } }
}`,
  createContentItem: `mutation DemoCreateContentItem($input: ContentItemContentInput!, $key: String) {
  createContentItem(input: $input, idempotencyKey: $key) { ${item} }
}`,
  setContentVariant: `mutation DemoContentVariant($input: SetContentVariantInput!, $key: String) {
  setContentVariant(input: $input, idempotencyKey: $key) { ${item} }
}`,
  submitContentItem: `mutation DemoSubmitContentItem($id: ID!, $key: String) {
  submitContentItem(id: $id, idempotencyKey: $key) { ${item} }
}`,
  reviewContentItem: `mutation DemoReviewContentItem($input: ReviewContentItemInput!, $key: String) {
  reviewContentItem(input: $input, idempotencyKey: $key) { ${item} }
}`,
  scheduleContentItem: `mutation DemoScheduleContentItem($input: ScheduleContentItemInput!, $key: String) {
  scheduleContentItem(input: $input, idempotencyKey: $key) { ${item} }
}`,
  publishContentItem: `mutation DemoPublishContentItem($id: ID!, $key: String) {
  publishContentItem(id: $id, idempotencyKey: $key) { ${item} }
}`,
  archiveContentItem: `mutation DemoArchiveContentItem($id: ID!, $key: String) {
  archiveContentItem(id: $id, idempotencyKey: $key) { ${item} }
}`,
  contentItemStatus: `query DemoContentItemStatus($id: ID!) { contentItem(id: $id) { id status roundsRequired roundsApproved } }`,
  postContribution: `mutation DemoPostContribution($input: PostContributionInput!, $key: String) {
  postContribution(input: $input, idempotencyKey: $key) { contribution { id visibility } }
}`,
  seedTopic: `mutation DemoSeedTopic($input: SeedTopicInput!, $key: String) {
  seedTopic(input: $input, idempotencyKey: $key) { contribution { id visibility } }
}`,
  pinContribution: `mutation DemoPinContribution($id: ID!, $key: String) {
  pinContribution(id: $id, idempotencyKey: $key) { contribution { id pinned } }
}`,
  promoteContribution: `mutation DemoPromoteContribution($id: ID!, $note: String, $key: String) {
  promoteContribution(id: $id, note: $note, idempotencyKey: $key) { contribution { id promoted } }
}`,
  acceptAnswer: `mutation DemoAcceptAnswer($input: AcceptAnswerInput!, $key: String) {
  acceptAnswer(input: $input, idempotencyKey: $key) { contribution { id rewardedPoints } }
}`,
  voteInPoll: `mutation DemoVoteInPoll($input: VoteInPollInput!, $key: String) {
  voteInPoll(input: $input, idempotencyKey: $key) { contribution { id pollVotes } }
}`,
  recordEngagement: `mutation DemoEngagement($input: RecordEngagementInput!, $key: String) {
  recordEngagement(input: $input, idempotencyKey: $key) { accepted duplicates }
}`,
} as const;
