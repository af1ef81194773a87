// The GraphQL operations the demo loader's campaigns step sends, all through the gateway's public API.

export const campaignOperations = {
  recordConsent: `mutation DemoConsent($memberId: ID!, $decision: ConsentDecisionInput!, $key: String) {
  recordConsent(memberId: $memberId, decision: $decision, idempotencyKey: $key) { member { id } }
}`,
  createCampaign: `mutation DemoCreateCampaign($input: CreateCampaignInput!, $key: String) {
  createCampaign(input: $input, idempotencyKey: $key) { campaign { id status } }
}`,
  scheduleCampaign: `mutation DemoScheduleCampaign($id: ID!, $key: String) {
  scheduleCampaign(id: $id, idempotencyKey: $key) { campaign { id status } }
}`,
  campaignStatus: `query DemoCampaignStatus($id: ID!) { campaign(id: $id) { id status } }`,
  joinCampaign: `mutation DemoJoinCampaign($input: JoinCampaignInput!, $key: String) {
  joinCampaign(input: $input, idempotencyKey: $key) { participation { campaignId memberId } }
}`,
  checkIn: `mutation DemoCheckIn($input: CheckInToCampaignInput!, $key: String) {
  checkInToCampaign(input: $input, idempotencyKey: $key) { participation { checkIns streak } }
}`,
  configureReferralProgramme: `mutation DemoReferralProgramme($input: ConfigureReferralProgrammeInput!, $key: String) {
  configureReferralProgramme(input: $input, idempotencyKey: $key) { referralProgramme { campaignId } }
}`,
  issueReferralCode: `mutation DemoReferralCode($input: IssueReferralCodeInput!, $key: String) {
  issueReferralCode(input: $input, idempotencyKey: $key) { referrer { code } }
}`,
  acceptReferral: `mutation DemoAcceptReferral($input: AcceptReferralInput!, $key: String) {
  acceptReferral(input: $input, idempotencyKey: $key) { referral { inviteeId qualified } }
}`,
  createCouponBatch: `mutation DemoCouponBatch($input: CreateCouponBatchInput!, $key: String) {
  createCouponBatch(input: $input, idempotencyKey: $key) { couponBatch { id } }
}`,
  claimCoupon: `mutation DemoClaimCoupon($input: ClaimCouponInput!, $key: String) {
  claimCoupon(input: $input, idempotencyKey: $key) { coupon { code } }
}`,
  redeemCoupon: `mutation DemoRedeemCoupon($input: RedeemCouponInput!, $key: String) {
  redeemCoupon(input: $input, idempotencyKey: $key) { coupon { redeemedAt } }
}`,
  createLottery: `mutation DemoCreateLottery($input: CreateLotteryInput!, $key: String) {
  createLottery(input: $input, idempotencyKey: $key) { lottery { id } }
}`,
  enterLottery: `mutation DemoEnterLottery($input: EnterLotteryInput!, $key: String) {
  enterLottery(input: $input, idempotencyKey: $key) { lottery { id entrantCount } }
}`,
  closeLotteryEntries: `mutation DemoCloseLottery($lotteryId: ID!, $key: String) {
  closeLotteryEntries(lotteryId: $lotteryId, idempotencyKey: $key) { lottery { id status } }
}`,
  drawLottery: `mutation DemoDrawLottery($input: DrawLotteryInput!, $key: String) {
  drawLottery(input: $input, idempotencyKey: $key) { lottery { id status winners { memberId } } }
}`,
  openRegistration: `mutation DemoOpenRegistration($input: OpenCampaignRegistrationInput!, $key: String) {
  openCampaignRegistration(input: $input, idempotencyKey: $key) { registrationBook { campaignId } }
}`,
  register: `mutation DemoRegister($input: CampaignMemberInput!, $key: String) {
  registerForCampaign(input: $input, idempotencyKey: $key) { registration { status } }
}`,
  recordConversion: `mutation DemoConversion($input: RecordConversionInput!, $key: String) {
  recordConversion(input: $input, idempotencyKey: $key) { conversion { id lastTouchCampaignId } }
}`,
  refundConversion: `mutation DemoRefund($input: RefundConversionInput!, $key: String) {
  refundConversion(input: $input, idempotencyKey: $key) { conversion { id refundedMinor } }
}`,
} as const;
