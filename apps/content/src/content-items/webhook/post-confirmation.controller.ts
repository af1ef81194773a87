import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { hasPermission, internalIdentityOfRequest, RequestError, ServiceRuntime, type Identity } from '@groundswell/service-kit';
import type { Request } from 'express';
import { ConfirmContentPostUseCase } from '../use-cases/confirm-content-post.use-case';
import { parsePostConfirmations } from './post-confirmation.body';

/** What a connector's credentials must allow: the same as publishing. */
export const postConfirmationPermission = 'content:publish';

/**
 * `POST /webhooks/content-posts`: a platform connector (an API key allowed content:publish) confirms,
 * through the gateway's `POST /webhooks/content/posts`, that variants it was handed on
 * gs.connector.content.v1 are live, with the platform's post id and URL. The same confirmation
 * again records nothing; a refusal names the post it stopped at, and resending the request is safe.
 */
@Controller('webhooks')
export class PostConfirmationController {
  constructor(
    private readonly confirm: ConfirmContentPostUseCase,
    private readonly runtime: ServiceRuntime,
  ) {}

  @Post('content-posts')
  @HttpCode(200)
  async receive(@Req() request: Request, @Body() raw: unknown): Promise<{ confirmed: number }> {
    const identity = this.verifiedCaller(request);
    const posts = parsePostConfirmations(raw);
    for (const post of posts) await this.confirm.execute(identity, post);
    return { confirmed: posts.length };
  }

  private verifiedCaller(request: Request): Identity {
    const { INTERNAL_IDENTITY_SECRET: secret, INTERNAL_IDENTITY_MAX_AGE_MS: maxAgeMs } = this.runtime.config;
    const identity = internalIdentityOfRequest(request.headers, { secret, maxAgeMs });
    if (!hasPermission(identity, postConfirmationPermission)) {
      throw new RequestError('FORBIDDEN', `Your roles do not allow ${postConfirmationPermission}`, { missing: [postConfirmationPermission] });
    }
    return identity;
  }
}
