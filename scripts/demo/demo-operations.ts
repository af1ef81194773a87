// The GraphQL operations the demo loader sends, all through the gateway's public API.

export const communitiesQuery = `query DemoCommunities($after: String) {
  communities(first: 100, after: $after) { edges { node { id name externalId memberCount } } pageInfo { hasNextPage endCursor } }
}`;
export const createCommunityMutation = `mutation DemoCreateCommunity($input: CreateCommunityInput!, $key: String) {
  createCommunity(input: $input, idempotencyKey: $key) { community { id name externalId memberCount } }
}`;
export const importMutation = `mutation DemoImport($input: ImportMembersInput!, $key: String) {
  importMembers(input: $input, idempotencyKey: $key) { newMembers alreadyMembers duplicates members { row memberId } }
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

// Moderation: the watched-word list, reports and their cases, sanctions, an appeal, a crisis alert.
export const importWatchedWordsMutation = `mutation DemoImportWatchedWords($input: ImportWatchedWordsInput!, $key: String) {
  importWatchedWords(input: $input, idempotencyKey: $key) { listVersion totalCount }
}`;
export const fileReportMutation = `mutation DemoFileReport($input: FileReportInput!, $key: String) {
  fileReport(input: $input, idempotencyKey: $key) { report { id caseId } }
}`;
export const claimCaseMutation = `mutation DemoClaimCase($id: ID!, $key: String) {
  claimReviewCase(id: $id, idempotencyKey: $key) { reviewCase { id status } }
}`;
export const decideCaseMutation = `mutation DemoDecideCase($input: DecideReviewCaseInput!, $key: String) {
  decideReviewCase(input: $input, idempotencyKey: $key) { reviewCase { id status } }
}`;
export const applySanctionMutation = `mutation DemoApplySanction($input: ApplySanctionInput!, $key: String) {
  applySanction(input: $input, idempotencyKey: $key) { sanctions { id kind } }
}`;
export const fileAppealMutation = `mutation DemoFileAppeal($input: FileAppealInput!, $key: String) {
  fileAppeal(input: $input, idempotencyKey: $key) { appeal { id status } }
}`;
export const decideAppealMutation = `mutation DemoDecideAppeal($input: DecideAppealInput!, $key: String) {
  decideAppeal(input: $input, idempotencyKey: $key) { appeal { id status } }
}`;
export const crisisObservationsMutation = `mutation DemoCrisisObservations($observations: [CrisisObservationInput!]!, $key: String) {
  recordCrisisObservations(observations: $observations, idempotencyKey: $key) { raisedAlerts { id } }
}`;
export const acknowledgeAlertMutation = `mutation DemoAcknowledgeAlert($input: AcknowledgeCrisisAlertInput!, $key: String) {
  acknowledgeCrisisAlert(input: $input, idempotencyKey: $key) { alert { id status } }
}`;
export const firstResponseMutation = `mutation DemoFirstResponse($input: RecordCrisisFirstResponseInput!, $key: String) {
  recordCrisisFirstResponse(input: $input, idempotencyKey: $key) { alert { id status } }
}`;
export const resolveAlertMutation = `mutation DemoResolveAlert($input: ResolveCrisisAlertInput!, $key: String) {
  resolveCrisisAlert(input: $input, idempotencyKey: $key) { alert { id status } }
}`;
