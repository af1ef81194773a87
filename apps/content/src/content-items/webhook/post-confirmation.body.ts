import { RequestError } from '@groundswell/service-kit';
import { z } from 'zod';
import { contentPlatforms } from '../content-item.values';
import type { PostConfirmation } from '../use-cases/confirm-content-post.use-case';

export const maxConfirmations = 100;

const post = z.strictObject({
  contentItemId: z.uuid(),
  platform: z.enum(contentPlatforms),
  platformPostId: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});
const body = z.strictObject({ posts: z.array(post).min(1).max(maxConfirmations) });

/** The connector's JSON, checked whole before anything is recorded; every problem is named with its path. */
export function parsePostConfirmations(raw: unknown): PostConfirmation[] {
  const parsed = body.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new RequestError('BAD_USER_INPUT', `The post confirmations are not valid: ${problems.map((problem) => `${problem.path || 'body'}: ${problem.message}`).join('; ')}`, { problems });
  }
  return parsed.data.posts;
}
