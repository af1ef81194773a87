import { Module } from '@nestjs/common';
import { ApiKeyQueries } from './api-key.queries';
import { ApiKeyResolver } from './graphql/api-key.resolver';
import { ApiKeyVerificationController } from './internal/api-key-verification.controller';
import { IssueApiKeyUseCase } from './use-cases/issue-api-key.use-case';
import { RevokeApiKeyUseCase } from './use-cases/revoke-api-key.use-case';
import { VerifyApiKeyUseCase } from './use-cases/verify-api-key.use-case';

@Module({
  controllers: [ApiKeyVerificationController],
  providers: [ApiKeyQueries, ApiKeyResolver, IssueApiKeyUseCase, RevokeApiKeyUseCase, VerifyApiKeyUseCase],
})
export class ApiKeysModule {}
