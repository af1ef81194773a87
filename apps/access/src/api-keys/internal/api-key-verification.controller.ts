import { Body, Controller, HttpCode, HttpException, Post, Req } from '@nestjs/common';
import { AuthError, ServiceRuntime } from '@groundswell/service-kit';
import type { Request } from 'express';
import { z } from 'zod';
import { VerifyApiKeyUseCase, type VerifiedApiKey } from '../use-cases/verify-api-key.use-case';
import { assertGatewayCaller } from './gateway-caller';

const verificationRequest = z.object({ key: z.string().max(200) });

/** `POST /internal/api-keys/verify`: the gateway's only way to learn what a presented key may do. */
@Controller('internal/api-keys')
export class ApiKeyVerificationController {
  constructor(
    private readonly verifyApiKey: VerifyApiKeyUseCase,
    private readonly runtime: ServiceRuntime,
  ) {}

  @Post('verify')
  @HttpCode(200)
  async verify(@Req() request: Request, @Body() body: unknown): Promise<{ key: VerifiedApiKey | null }> {
    try {
      assertGatewayCaller(request.headers, this.runtime.config);
    } catch (error) {
      if (error instanceof AuthError) throw new HttpException({ code: 'UNAUTHENTICATED', reason: error.code, message: error.message }, 401);
      throw error;
    }
    const parsed = verificationRequest.safeParse(body);
    if (!parsed.success) throw new HttpException({ code: 'BAD_USER_INPUT', message: 'Expected {"key": string}' }, 400);
    return { key: await this.verifyApiKey.execute(parsed.data.key) };
  }
}
