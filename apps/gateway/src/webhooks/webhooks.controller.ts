import { Body, Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { AuthError, REDIS_CLIENT, ServiceRuntime, type Identity, type RedisClient } from '@groundswell/service-kit';
import type { Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { authenticate, type Authenticator } from '../auth/authenticator';
import { authenticatorsFor } from '../auth/authenticators';
import { AuditPublisher } from '../audit/audit-publisher';
import { gatewayRateLimiters } from '../limits/rate-limiter';
import { consumeRateLimits, type RequestLimiters } from '../limits/request-limits';
import { subgraphs, subgraphUrl } from '../subgraphs';
import { SubgraphWebhookForwarder } from './subgraph-webhook-forwarder';
import { webhookError, webhookResult, type WebhookError } from './webhook-response';
import { webhookRoutes, type WebhookRoute } from './webhook-routes';

/**
 * JSON webhooks for platforms and shops, with the same credentials and rate limits as /graphql:
 * `POST /webhooks/members/activity` (member activity, up to 10,000 items; the body limit is
 * HTTP_BODY_LIMIT), `POST /webhooks/campaigns/conversions` (orders and refunds),
 * `POST /webhooks/content/posts` (a platform connector confirms a published variant's post) and
 * `POST /webhooks/content/engagement` (engagement signals, up to 10,000). The owning
 * service validates and records the body, and its answer is passed back as it is.
 */
@Controller('webhooks')
export class WebhooksController {
  private readonly authenticators: readonly Authenticator[];
  private readonly limiters: RequestLimiters;
  private readonly forwarders = new Map<string, SubgraphWebhookForwarder>();

  constructor(
    runtime: ServiceRuntime,
    @Inject(REDIS_CLIENT) redis: RedisClient,
    private readonly audit: AuditPublisher,
    private readonly logger: PinoLogger,
  ) {
    const { config } = runtime;
    this.authenticators = authenticatorsFor(config);
    this.limiters = gatewayRateLimiters(redis, config);
    for (const { service } of Object.values(webhookRoutes)) {
      const baseUrl = subgraphUrl(service, subgraphs.find((subgraph) => subgraph.name === service)?.url).replace(/\/graphql\/?$/, '');
      this.forwarders.set(service, new SubgraphWebhookForwarder(baseUrl, config.INTERNAL_IDENTITY_SECRET));
    }
  }

  @Post('members/activity')
  recordActivity(@Req() request: Request, @Res() response: Response, @Body() body: unknown): Promise<void> {
    return this.handle(webhookRoutes.membersActivity, request, response, body);
  }

  @Post('campaigns/conversions')
  recordConversions(@Req() request: Request, @Res() response: Response, @Body() body: unknown): Promise<void> {
    return this.handle(webhookRoutes.campaignsConversions, request, response, body);
  }

  @Post('content/posts')
  confirmContentPosts(@Req() request: Request, @Res() response: Response, @Body() body: unknown): Promise<void> {
    return this.handle(webhookRoutes.contentPosts, request, response, body);
  }

  @Post('content/engagement')
  recordContentEngagement(@Req() request: Request, @Res() response: Response, @Body() body: unknown): Promise<void> {
    return this.handle(webhookRoutes.contentEngagement, request, response, body);
  }

  private async handle(route: WebhookRoute, request: Request, response: Response, body: unknown): Promise<void> {
    const requestId = String(request.id);
    const admitted = await this.admit(request);
    if (!('identity' in admitted)) return send(response, admitted);
    const { identity } = admitted;
    const answer = request.is('application/json')
      ? await this.forward(route, identity, requestId, body)
      : webhookError(415, 'BAD_USER_INPUT', 'Send the batch as JSON with content-type: application/json', 'UNSUPPORTED_MEDIA_TYPE');
    send(response, answer);
    void this.audit.publish(identity.tenant, {
      actor: identity.sub,
      operationName: route.operationName,
      fields: [route.field],
      targets: route.targets(body),
      result: webhookResult(answer),
      requestId,
    });
  }

  private async admit(request: Request): Promise<{ identity: Identity } | WebhookError> {
    let identity: Identity;
    try {
      identity = await authenticate(this.authenticators, request.headers);
    } catch (error) {
      if (error instanceof AuthError) return webhookError(401, 'UNAUTHENTICATED', error.message, error.code, { 'www-authenticate': 'Bearer' });
      throw error;
    }
    const refusal = await consumeRateLimits(identity, this.limiters);
    if (refusal) {
      const message = `Too many requests for this ${refusal.scope}; retry after the indicated delay`;
      return webhookError(429, 'RATE_LIMITED', message, undefined, { 'retry-after': String(refusal.retryAfterSeconds) });
    }
    return { identity };
  }

  private async forward(route: WebhookRoute, identity: Identity, requestId: string, body: unknown): Promise<WebhookError | { status: number; body: unknown }> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return webhookError(400, 'BAD_USER_INPUT', `Expected a JSON object ${route.shape}`, 'MALFORMED_REQUEST');
    }
    try {
      return await this.forwarders.get(route.service)!.forward(identity, requestId, route.path, body);
    } catch (error) {
      this.logger.error({ err: error, requestId, service: route.service }, `${route.operationName} could not reach the ${route.service} service`);
      return webhookError(502, 'INTERNAL', 'Internal server error');
    }
  }
}

function send(response: Response, answer: { status: number; headers?: Record<string, string>; body: unknown }): void {
  for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
  response.status(answer.status).json(answer.body);
}
