import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';
import { CampaignMemberInput } from '../../campaigns/graphql/campaign-member.types';
import { RewardShape } from '../../rewards/graphql/reward.types';

export enum ReferrerFlagStatus {
  flagged = 'flagged',
  cleared = 'cleared',
  confirmed = 'confirmed',
}
registerEnumType(ReferrerFlagStatus, { name: 'ReferrerFlagStatus', description: 'flagged: awaits review; cleared: legitimate; confirmed: fraud, later invites earn nothing' });

export enum ReferrerFlagOutcome {
  cleared = 'cleared',
  confirmed = 'confirmed',
}
registerEnumType(ReferrerFlagOutcome, { name: 'ReferrerFlagOutcome' });

@ObjectType()
@InputType('ReferralThresholdInput')
export class ReferralThreshold {
  @Field(() => Int, { description: 'Qualified invites that earn the reward' })
  invites!: number;

  @Field(() => RewardShape)
  reward!: RewardShape;
}

@ObjectType()
@InputType('ReferralBurstInput')
export class ReferralBurst {
  @Field(() => Int, { description: '2–1,000 invites …' })
  invites!: number;

  @Field(() => Int, { description: '… within 1–1,440 minutes flag the referrer for review' })
  windowMinutes!: number;
}

@ObjectType({ description: 'A campaign\'s referral (fission) rules' })
export class ReferralProgramme {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => [ReferralThreshold])
  thresholds!: ReferralThreshold[];

  @Field(() => Int)
  perReferrerCap!: number;

  @Field(() => ReferralBurst)
  burst!: ReferralBurst;

  @Field()
  configuredAt!: Date;
}

@ObjectType({ description: 'A member\'s referral code in a campaign, with their invites' })
export class Referrer {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field({ description: 'Unguessable; what invitees bring along' })
  code!: string;

  @Field(() => Int, { description: 'Everyone who joined through the code' })
  invites!: number;

  @Field(() => Int, { description: 'Invites that count towards rewards' })
  qualifiedInvites!: number;

  @Field()
  issuedAt!: Date;

  @Field({ description: 'none, flagged, cleared or confirmed' })
  flag!: string;
}

@ObjectType({ description: 'An edge of a campaign\'s invite tree: who invited whom' })
export class Referral {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  referrerId!: string;

  @Field(() => ID)
  inviteeId!: string;

  @Field({ description: 'False when the invite earns nothing' })
  qualified!: boolean;

  @Field(() => String, { nullable: true, description: 'invitee_already_known, referrer_cap_reached or referrer_confirmed_fraud' })
  disqualification!: string | null;

  @Field()
  acceptedAt!: Date;
}

@ObjectType({ description: 'A referrer whose invites look suspicious' })
export class ReferrerFlag {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  referrerId!: string;

  @Field({ description: 'invite_burst' })
  reason!: string;

  @Field(() => Int)
  invitesInWindow!: number;

  @Field(() => Int)
  windowMinutes!: number;

  @Field(() => ReferrerFlagStatus)
  status!: ReferrerFlagStatus;

  @Field(() => String, { nullable: true })
  reviewNote!: string | null;

  @Field(() => String, { nullable: true })
  reviewedBy!: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field()
  flaggedAt!: Date;
}

export const ReferralConnection = connectionOf(Referral, 'Referral');
export const ReferrerFlagConnection = connectionOf(ReferrerFlag, 'ReferrerFlag');

@InputType()
export class ConfigureReferralProgrammeInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => [ReferralThreshold], { description: '1–10 thresholds at distinct invite counts' })
  thresholds!: ReferralThreshold[];

  @Field(() => Int, { description: 'Qualified invites a referrer may earn from (1–10,000)' })
  perReferrerCap!: number;

  @Field(() => ReferralBurst)
  burst!: ReferralBurst;
}

@InputType()
export class IssueReferralCodeInput extends CampaignMemberInput {}

@InputType()
export class AcceptReferralInput {
  @Field({ description: 'The code the invitee came with (case and dashes don\'t matter)' })
  code!: string;

  @Field(() => ID)
  inviteeId!: string;
}

@InputType()
export class ReviewReferrerFlagInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  referrerId!: string;

  @Field(() => ReferrerFlagOutcome)
  outcome!: ReferrerFlagOutcome;

  @Field({ description: '1–500 characters' })
  note!: string;
}

@InputType()
export class ReferrerFlagFilterInput {
  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => ReferrerFlagStatus, { nullable: true, description: 'Default: flagged (awaiting review)' })
  status?: ReferrerFlagStatus;
}

export const ReferralProgrammePayload = payloadOf('ReferralProgrammePayload', 'referralProgramme', ReferralProgramme);
export type ReferralProgrammePayload = Payload<'referralProgramme', ReferralProgramme>;

export const ReferrerPayload = payloadOf('ReferrerPayload', 'referrer', Referrer);
export type ReferrerPayload = Payload<'referrer', Referrer>;

export const ReferralPayload = payloadOf('ReferralPayload', 'referral', Referral);
export type ReferralPayload = Payload<'referral', Referral>;
