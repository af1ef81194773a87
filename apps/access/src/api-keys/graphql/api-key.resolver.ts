import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { ApiKeyQueries } from '../api-key.queries';
import { IssueApiKeyUseCase } from '../use-cases/issue-api-key.use-case';
import { RevokeApiKeyUseCase } from '../use-cases/revoke-api-key.use-case';
import { ApiKey, ApiKeyConnection, IssueApiKeyInput, IssueApiKeyPayload, RevokeApiKeyPayload } from './api-key.types';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(
    private readonly queries: ApiKeyQueries,
    private readonly issueApiKeyUseCase: IssueApiKeyUseCase,
    private readonly revokeApiKeyUseCase: RevokeApiKeyUseCase,
  ) {}

  @Query(() => ApiKeyConnection, { description: 'Your tenant\'s API keys, newest first, revoked ones included' })
  @RequirePermissions('tenant:administer')
  apiKeys(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return this.queries.apiKeys(identity.tenant, page.first, page.after);
  }

  @Mutation(() => IssueApiKeyPayload)
  @RequirePermissions('tenant:administer')
  async issueApiKey(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: IssueApiKeyInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<IssueApiKeyPayload> {
    const { keyId, secret } = await this.issueApiKeyUseCase.execute(identity, input, idempotencyKey);
    return { apiKey: await this.readBack(identity, keyId), secret };
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'The gateway refuses the key within 10 seconds' })
  @RequirePermissions('tenant:administer')
  async revokeApiKey(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<RevokeApiKeyPayload> {
    await this.revokeApiKeyUseCase.execute(identity, id, idempotencyKey);
    return { apiKey: await this.readBack(identity, id) };
  }

  private async readBack(identity: Identity, keyId: string) {
    return requireWritten(this.queries.apiKey(identity.tenant, keyId), 'API key');
  }
}
