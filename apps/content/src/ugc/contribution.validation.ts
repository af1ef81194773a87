import { isUuid } from '@groundswell/service-kit';
import type { PostContribution } from './contribution.commands';
import { ContributionError } from './contribution.error';
import { isThreadRoot } from './contribution.state';

export const contributionLimits = { title: 200, body: 10_000, pollOption: 100, pollOptions: { min: 2, max: 20 } } as const;

function invalid(message: string, details?: Record<string, unknown>): never {
  throw new ContributionError('CONTRIBUTION_INVALID', message, details);
}

/** Title, body and poll options as they are stored: trimmed, within limits, only where the kind has them. */
export function validContribution(command: PostContribution): { title?: string; body: string; pollOptions?: string[] } {
  if (!isUuid(command.communityId)) throw new ContributionError('COMMUNITY_ID_INVALID', 'communityId is not a community id');
  if (command.authorMemberId !== undefined && !isUuid(command.authorMemberId)) throw new ContributionError('MEMBER_ID_INVALID', 'authorMemberId is not a member id');
  const title = command.title?.trim();
  if (isThreadRoot(command.kind)) {
    if (!title || title.length > contributionLimits.title) invalid(`A ${command.kind} has a title of 1–${contributionLimits.title} characters`, { field: 'title' });
  } else if (title) invalid(`A ${command.kind} has no title`, { field: 'title' });
  const body = command.body.trim();
  if (!body || body.length > contributionLimits.body) invalid(`The text is 1–${contributionLimits.body} characters`, { field: 'body' });
  const options = command.pollOptions?.map((option) => option.trim());
  if (command.kind === 'poll') {
    const { min, max } = contributionLimits.pollOptions;
    if (!options || options.length < min || options.length > max) invalid(`A poll has ${min}–${max} options`, { field: 'pollOptions' });
    if (options.some((option) => !option || option.length > contributionLimits.pollOption)) invalid(`Each option is 1–${contributionLimits.pollOption} characters`, { field: 'pollOptions' });
    if (new Set(options).size !== options.length) invalid('Poll options differ from one another', { field: 'pollOptions' });
  } else if (options?.length) invalid('Only a poll has options', { field: 'pollOptions' });
  return { ...(title && { title }), body, ...(command.kind === 'poll' && { pollOptions: options }) };
}
