import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten, ServiceRuntime } from '@groundswell/service-kit';
import { PartnerCredentialQueries } from '../partner-credential.queries';
import { IssuePartnerCredentialUseCase } from '../use-cases/issue-partner-credential.use-case';
import { RevokePartnerCredentialUseCase } from '../use-cases/revoke-partner-credential.use-case';
import { IssuePartnerCredentialInput, IssuePartnerCredentialPayload, PartnerCredential, PartnerCredentialConnection, RevokePartnerCredentialPayload } from './partner-credential.types';

@Resolver(() => PartnerCredential)
export class PartnerCredentialResolver {
  constructor(
    private readonly queries: PartnerCredentialQueries,
    private readonly issueUseCase: IssuePartnerCredentialUseCase,
    private readonly revokeUseCase: RevokePartnerCredentialUseCase,
    private readonly runtime: ServiceRuntime,
  ) {}

  @Query(() => PartnerCredentialConnection, { description: 'Your tenant\'s partner Kafka credentials, newest first, revoked ones included' })
  @RequirePermissions('tenant:administer')
  partnerCredentials(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return this.queries.credentials(identity.tenant, page.first, page.after);
  }

  @Mutation(() => IssuePartnerCredentialPayload, { description: 'Creates a Kafka login for a partner; it works as soon as this answers' })
  @RequirePermissions('tenant:administer')
  async issuePartnerCredential(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: IssuePartnerCredentialInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<IssuePartnerCredentialPayload> {
    const { credentialId, password } = await this.issueUseCase.execute(identity, input.partner, idempotencyKey);
    return { partnerCredential: await this.readBack(identity, credentialId), password, bootstrapServers: this.runtime.config.KAFKA_PARTNER_BROKERS };
  }

  @Mutation(() => RevokePartnerCredentialPayload, { description: 'New connections are refused at once; open sessions end within a minute' })
  @RequirePermissions('tenant:administer')
  async revokePartnerCredential(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<RevokePartnerCredentialPayload> {
    await this.revokeUseCase.execute(identity, id, idempotencyKey);
    return { partnerCredential: await this.readBack(identity, id) };
  }

  private async readBack(identity: Identity, credentialId: string) {
    return requireWritten(this.queries.credential(identity.tenant, credentialId), 'partner credential');
  }
}
