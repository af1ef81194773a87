import { AnswerAcceptedV1, ContributionHiddenV1, ContributionPinnedV1, ContributionPostedV1, ContributionPromotedV1, ContributionRewardedV1, ContributionScreenedV1, ContributionUnpinnedV1, PollVotedV1, ScreeningRequestedV1, type DataOf } from '@groundswell/events';

type Of<Definition extends { type: string }> = { type: Definition['type']; data: DataOf<Definition> };

export type ContributionEvent =
  | Of<typeof ContributionPostedV1>
  | Of<typeof ScreeningRequestedV1>
  | Of<typeof ContributionScreenedV1>
  | Of<typeof ContributionHiddenV1>
  | Of<typeof ContributionPinnedV1>
  | Of<typeof ContributionUnpinnedV1>
  | Of<typeof ContributionPromotedV1>
  | Of<typeof AnswerAcceptedV1>
  | Of<typeof PollVotedV1>
  | Of<typeof ContributionRewardedV1>;

export const contributionStreamType = 'contribution';
export const contributionStream = (contributionId: string) => ({ streamId: `${contributionStreamType}-${contributionId}`, streamType: contributionStreamType });

/**
 * How a contribution is named to moderation (screening target id, `delete_content` sanction's
 * contentId). The prefix tells our screenings from content items' on the shared verdict topic.
 */
export const moderationContentId = (contributionId: string) => `contribution:${contributionId}`;
const moderationContentIdPattern = /^contribution:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The contribution a moderation content id names, or undefined when it names something else. */
export function contributionIdOf(moderationId: string | undefined): string | undefined {
  return moderationId?.match(moderationContentIdPattern)?.[1]?.toLowerCase();
}
