import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, graphqlEnum, payloadOf, type Payload } from '@groundswell/service-kit';
import type { PromotionChannel } from '../../campaigns/campaign.values';
import { PromotionChannelEnum } from '../../campaigns/graphql/campaign-enums';
import { CampaignMemberInput, CampaignMemberRecord } from '../../campaigns/graphql/campaign-member.types';
import { eligibilityReasons, type EligibilityReason } from '../../eligibility/eligibility.rules';

export const registrationStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const;
export const RegistrationStatusEnum = graphqlEnum(registrationStatuses);
const EligibilityReasonEnum = graphqlEnum(eligibilityReasons);
registerEnumType(RegistrationStatusEnum, { name: 'CampaignRegistrationStatus', description: 'confirmed holds a seat; waitlisted waits for one' });
registerEnumType(EligibilityReasonEnum, {
  name: 'CampaignEligibilityReason',
  description: 'ELIGIBLE, or why not: SANCTIONED (removed or banned), NOT_A_COMMUNITY_MEMBER, NOT_IN_TARGET_SEGMENT, NO_MARKETING_CONSENT',
});

@ObjectType({ description: 'A member\'s participation in a campaign: joined once, check-ins with their streak, a vote' })
export class CampaignParticipation {
  @Field(() => ID, { description: 'campaignId:memberId' })
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => ID, { description: 'The campaign community the member joined through' })
  communityId!: string;

  @Field(() => PromotionChannelEnum, { nullable: true })
  channel!: PromotionChannel | null;

  @Field(() => String, { nullable: true })
  referralCode!: string | null;

  @Field()
  joinedAt!: Date;

  @Field(() => Int)
  checkIns!: number;

  @Field(() => Int, { description: 'Consecutive days up to the last check-in; a missed day restarts it' })
  streak!: number;

  @Field(() => Int)
  longestStreak!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, in the time zone of the check-in' })
  lastCheckInDay!: string | null;

  @Field(() => ID, { nullable: true })
  votedOptionId!: string | null;
}

@ObjectType({ description: 'A registration for an offline event (CMP-13, CMP-14)' })
export class CampaignRegistration extends CampaignMemberRecord {
  @Field(() => RegistrationStatusEnum)
  status!: string;

  @Field(() => Int, { nullable: true, description: 'The seat of a confirmed registration' })
  seatNumber!: number | null;

  @Field(() => Int, { nullable: true, description: 'Place in line now, 1 first, while waitlisted' })
  waitlistPosition!: number | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType({ description: 'An offline event\'s seats: never more confirmed than its capacity' })
export class CampaignRegistrationBook {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int)
  confirmed!: number;

  @Field(() => Int)
  waitlisted!: number;

  @Field()
  openedAt!: Date;
}

@ObjectType()
export class CampaignVoteOptionTally {
  @Field(() => ID)
  optionId!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  votes!: number;
}

@ObjectType({ description: 'A vote campaign\'s ballot with its votes so far' })
export class CampaignVoteTally {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => Int)
  totalVotes!: number;

  @Field(() => [CampaignVoteOptionTally], { description: 'In ballot order' })
  options!: CampaignVoteOptionTally[];
}

@ObjectType({ description: 'Whether a member may take part in a campaign, from the facts campaigns has received' })
export class CampaignEligibilityVerdict {
  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => EligibilityReasonEnum)
  reason!: EligibilityReason;

  @Field(() => ID, { nullable: true, description: 'The campaign community the member would join through' })
  communityId!: string | null;
}

export const CampaignParticipationConnection = connectionOf(CampaignParticipation, 'CampaignParticipation');
export const CampaignRegistrationConnection = connectionOf(CampaignRegistration, 'CampaignRegistration');

@InputType()
export class JoinCampaignInput extends CampaignMemberInput {
  @Field(() => PromotionChannelEnum, { nullable: true, description: 'The channel the member came through' })
  channel?: PromotionChannel | null;

  @Field(() => String, { nullable: true })
  referralCode?: string | null;
}

@InputType()
export class CheckInToCampaignInput extends CampaignMemberInput {
  @Field(() => String, { nullable: true, description: 'The member\'s IANA time zone; the campaign\'s when absent' })
  timeZone?: string | null;
}

@InputType()
export class CastCampaignVoteInput extends CampaignMemberInput {
  @Field(() => ID)
  optionId!: string;
}

@InputType()
export class OpenCampaignRegistrationInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => Int, { description: '1–100,000 seats' })
  capacity!: number;
}

@InputType()
export class CampaignBallotOptionInput {
  @Field(() => ID, { description: '[A-Za-z0-9_-], unique on the ballot' })
  optionId!: string;

  @Field({ description: '1–200 characters' })
  label!: string;
}

@InputType()
export class OpenCampaignBallotInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => [CampaignBallotOptionInput], { description: '2–50 options' })
  options!: CampaignBallotOptionInput[];
}

export const CampaignParticipationPayload = payloadOf('CampaignParticipationPayload', 'participation', CampaignParticipation);
export type CampaignParticipationPayload = Payload<'participation', CampaignParticipation>;

export const CampaignRegistrationPayload = payloadOf('CampaignRegistrationPayload', 'registration', CampaignRegistration);
export type CampaignRegistrationPayload = Payload<'registration', CampaignRegistration>;

export const CampaignRegistrationBookPayload = payloadOf('CampaignRegistrationBookPayload', 'registrationBook', CampaignRegistrationBook);
export type CampaignRegistrationBookPayload = Payload<'registrationBook', CampaignRegistrationBook>;

export const CampaignVoteTallyPayload = payloadOf('CampaignVoteTallyPayload', 'voteTally', CampaignVoteTally);
export type CampaignVoteTallyPayload = Payload<'voteTally', CampaignVoteTally>;
