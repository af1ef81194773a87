import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';

const createCommunity = `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id } } }`;
const joinCommunity = `mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }`;
const fileReport = `mutation($input: FileReportInput!) { fileReport(input: $input) { report { id caseId } } }`;
const claimCase = `mutation($id: ID!) { claimReviewCase(id: $id) { reviewCase { id status holder } } }`;
const decideCase = `mutation($input: DecideReviewCaseInput!) { decideReviewCase(input: $input) { reviewCase { status decision } } }`;
const applySanction = `mutation($input: ApplySanctionInput!) { applySanction(input: $input) { sanctions { id kind status notice } } }`;
const fileAppeal = `mutation($input: FileAppealInput!) { fileAppeal(input: $input) { appeal { id status } } }`;
const decideAppeal = `mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { appeal { status decidedBy } } }`;
const sanctionQuery = `query($id: ID!) { sanction(id: $id) { status } }`;
const membershipsQuery = `query($id: ID!) { member(id: $id) { memberships { status } } }`;

describe('reports, review, sanctions and appeals through the gateway', () => {
  const tenant = `e2e-casework-${randomUUID().slice(0, 8)}`;
  let owner: GraphqlClient;
  let moderator: GraphqlClient;
  let otherModerator: GraphqlClient;
  let communityId: string;
  let memberId: string;

  beforeAll(async () => {
    [owner, moderator, otherModerator] = await Promise.all([
      gatewayClient(tenant, ['owner']),
      gatewayClient(tenant, ['moderator'], 'e2e-moderator-a'),
      gatewayClient(tenant, ['moderator'], 'e2e-moderator-b'),
    ]);
    communityId = (await expectingSuccess(owner)(createCommunity, { input: { name: '美食探店团', platform: 'douyin' } })).createCommunity.community.id;
    memberId = (
      await expectingSuccess(owner)(joinCommunity, { input: { communityId, channel: 'qr-code', displayName: '小王', identities: [{ kind: 'phone', value: '13800138555' }] } })
    ).joinCommunity.member.id;
  });

  it('should take a report on a member into the queue, held by one moderator and decided', async () => {
    const report = (
      await eventually(() => expectingSuccess(moderator)(fileReport, { input: { targetKind: 'member', targetId: memberId, communityId, category: 'ads', detail: '私信推销' } }), 30_000)
    ).fileReport.report;
    const claimed = await expectingSuccess(moderator)(claimCase, { id: report.caseId });
    expect(claimed.claimReviewCase.reviewCase).toMatchObject({ status: 'open', holder: 'e2e-moderator-a' });
    const taken = await otherModerator(claimCase, { id: report.caseId });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const decided = await expectingSuccess(moderator)(decideCase, { input: { id: report.caseId, decision: 'reject', reason: '确认为广告' } });
    expect(decided.decideReviewCase.reviewCase.status).toBe('decided');
  });

  it('should turn a third warning into a mute, and lift it when another moderator upholds the appeal', async () => {
    const warn = () => expectingSuccess(moderator)(applySanction, { input: { memberId, communityId, kind: 'warning', ruleId: 'R3 禁止广告', reason: '群内发广告' } });
    await warn();
    await warn();
    const third = (await warn()).applySanction.sanctions;
    expect(third.map((sanction: { kind: string }) => sanction.kind)).toEqual(['warning', 'mute']);
    const mute = third[1];
    expect(mute.notice).toMatch(/禁言/);

    // The warning was moderator A's own decision, so moderator A may not review its appeal.
    const warningAppeal = (await expectingSuccess(owner)(fileAppeal, { input: { sanctionId: third[0].id, statement: '我没有发广告' } })).fileAppeal.appeal;
    const bySanctioner = await moderator(decideAppeal, { input: { id: warningAppeal.id, outcome: 'upheld', reason: '复核' } });
    expect(bySanctioner.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_MODERATOR' });

    const muteAppeal = (await expectingSuccess(owner)(fileAppeal, { input: { sanctionId: mute.id, statement: '我发的是活动通知，不是广告' } })).fileAppeal.appeal;
    const upheld = await expectingSuccess(otherModerator)(decideAppeal, { input: { id: muteAppeal.id, outcome: 'upheld', reason: '确为活动通知' } });
    expect(upheld.decideAppeal.appeal).toEqual({ status: 'upheld', decidedBy: 'e2e-moderator-b' });
    expect((await expectingSuccess(moderator)(sanctionQuery, { id: mute.id })).sanction.status).toBe('lifted');
  });

  it('should show a removed member as removed in members, and back in the community once the appeal is upheld', async () => {
    const removedId = (
      await expectingSuccess(owner)(joinCommunity, { input: { communityId, channel: 'qr-code', displayName: '小李', identities: [{ kind: 'phone', value: '13800138556' }] } })
    ).joinCommunity.member.id;
    const statuses = async () => (await expectingSuccess(owner)(membershipsQuery, { id: removedId })).member.memberships.map((membership: { status: string }) => membership.status);
    const [removal] = (
      await eventually(() => expectingSuccess(moderator)(applySanction, { input: { memberId: removedId, communityId, kind: 'remove', ruleId: 'R5 禁止引流', reason: '多次私信拉人进其他群' } }), 30_000)
    ).applySanction.sanctions;

    await eventually(async () => expect(await statuses()).toEqual(['removed']), 30_000);

    const appeal = (await expectingSuccess(owner)(fileAppeal, { input: { sanctionId: removal.id, statement: '拉的是本品牌的新群' } })).fileAppeal.appeal;
    await expectingSuccess(otherModerator)(decideAppeal, { input: { id: appeal.id, outcome: 'upheld', reason: '确为品牌官方群' } });
    await eventually(async () => expect(await statuses()).toEqual(['active']), 30_000);
  });

  it('should refuse to sanction a member the tenant does not have', async () => {
    const refused = await moderator(applySanction, { input: { memberId: randomUUID(), communityId, kind: 'warning', ruleId: 'R1', reason: '测试' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'MEMBER_NOT_FOUND' });
  });
});
