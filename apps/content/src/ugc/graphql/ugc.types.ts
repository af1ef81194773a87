import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, graphqlEnum, payloadOf, type Payload } from '@groundswell/service-kit';
import { contributionKinds } from '@groundswell/events';
import { moderationModes, type ContributionKind, type ModerationMode, type Visibility } from '../contribution.state';

export const ContributionKindEnum = graphqlEnum(contributionKinds);
registerEnumType(ContributionKindEnum, { name: 'ContributionKind', description: 'topic (operator-seeded thread), post, comment, reply (to a comment), question, answer, poll' });

type MemberContributionKind = Exclude<ContributionKind, 'topic'>;
export const MemberContributionKindEnum = graphqlEnum(contributionKinds.filter((kind): kind is MemberContributionKind => kind !== 'topic'));
registerEnumType(MemberContributionKindEnum, { name: 'MemberContributionKind', description: 'What a member posts; topics are seeded by operators' });

export const ContributionVisibilityEnum = graphqlEnum<Visibility>(['pending_screening', 'visible', 'hidden']);
registerEnumType(ContributionVisibilityEnum, { name: 'ContributionVisibility', description: 'pending_screening: pre-moderated, not shown until screened; hidden: blocked or deleted by moderation' });

export const UgcModerationModeEnum = graphqlEnum(moderationModes);
registerEnumType(UgcModerationModeEnum, { name: 'UgcModerationMode', description: 'pre: hidden until screened; post: shown at once, taken down if screening blocks it' });

@ObjectType({ description: 'A member contribution (UGC, CNT-42…49): a post, comment, reply, question, answer, poll, or an operator-seeded topic' })
export class Contribution {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  communityId!: string;

  @Field(() => ContributionKindEnum)
  kind!: ContributionKind;

  @Field(() => ID, { nullable: true, description: 'What it comments on, replies to or answers' })
  parentId!: string | null;

  @Field(() => ID, { description: 'The thread root' })
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'The member who wrote it; null for a seeded topic' })
  authorMemberId!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field({ description: 'The text as written' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'What is shown instead of title and body when moderation censored it' })
  censoredText!: string | null;

  @Field(() => [String], { nullable: true, description: 'A poll\'s options, in order' })
  pollOptions!: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Votes per option, in option order' })
  pollVotes!: number[] | null;

  @Field(() => ContributionVisibilityEnum)
  visibility!: Visibility;

  @Field()
  pinned!: boolean;

  @Field({ description: 'Promoted to showcase content (CNT-46)' })
  promoted!: boolean;

  @Field(() => ID, { nullable: true, description: 'For a question: its accepted answer' })
  acceptedAnswerId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Points its author earned when it was accepted' })
  rewardedPoints!: number | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const ContributionConnection = connectionOf(Contribution, 'Contribution');

@ObjectType({ description: 'A community\'s UGC settings' })
export class UgcSettings {
  @Field(() => ID)
  communityId!: string;

  @Field(() => UgcModerationModeEnum)
  moderation!: ModerationMode;

  @Field(() => Int, { description: 'Points an accepted contribution earns its author' })
  rewardPoints!: number;
}

@InputType()
export class PostContributionInput {
  @Field(() => ID)
  communityId!: string;

  @Field(() => MemberContributionKindEnum)
  kind!: MemberContributionKind;

  @Field(() => ID, { nullable: true, description: 'For a comment, reply or answer: what it goes under' })
  parentId?: string;

  @Field(() => ID, { description: 'The member who wrote it' })
  authorMemberId!: string;

  @Field({ nullable: true, description: 'For posts, questions and polls: 1–200 characters' })
  title?: string;

  @Field({ description: '1–10,000 characters' })
  body!: string;

  @Field(() => [String], { nullable: true, description: 'For a poll: 2–20 distinct options' })
  pollOptions?: string[];
}

@InputType()
export class SeedTopicInput {
  @Field(() => ID)
  communityId!: string;

  @Field({ description: '1–200 characters' })
  title!: string;

  @Field({ description: 'The prompt that starts the thread, 1–10,000 characters' })
  body!: string;
}

@InputType()
export class AcceptAnswerInput {
  @Field(() => ID)
  answerId!: string;

  @Field(() => ID, { nullable: true, description: 'The asker accepting it; omit when an operator accepts for the community' })
  acceptedByMemberId?: string;
}

@InputType()
export class VoteInPollInput {
  @Field(() => ID)
  pollId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => Int, { description: 'Index of the chosen option' })
  option!: number;
}

@InputType()
export class SetUgcSettingsInput {
  @Field(() => ID)
  communityId!: string;

  @Field(() => UgcModerationModeEnum)
  moderation!: ModerationMode;

  @Field(() => Int, { description: '0–10,000 points per accepted contribution' })
  rewardPoints!: number;
}

@InputType()
export class ContributionFilterInput {
  @Field(() => ID, { nullable: true })
  communityId?: string;

  @Field(() => ID, { nullable: true })
  threadId?: string;

  @Field(() => ID, { nullable: true })
  parentId?: string;

  @Field(() => ContributionKindEnum, { nullable: true })
  kind?: ContributionKind;

  @Field({ nullable: true })
  pinned?: boolean;

  @Field({ nullable: true })
  promoted?: boolean;

  @Field({ nullable: true, description: 'Also what awaits screening or was taken down (content:curate)' })
  includeHidden?: boolean;
}

export const ContributionPayload = payloadOf('ContributionPayload', 'contribution', Contribution);
export type ContributionPayload = Payload<'contribution', Contribution>;

export const UgcSettingsPayload = payloadOf('UgcSettingsPayload', 'ugcSettings', UgcSettings);
export type UgcSettingsPayload = Payload<'ugcSettings', UgcSettings>;
