import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { MemberPayload } from '../membership/graphql/member.types';
import { MemberQueries } from '../membership/member-queries';
import { ErasureBasisEnum } from '../shared/graphql-enums';
import { ConsentDecisionInput } from './consent-decision.input';
import { EraseMemberUseCase, type ErasureBasis } from './erase-member.use-case';
import { RecordConsentUseCase, type ConsentDecision } from './record-consent.use-case';

/** PIPL: consent decisions and erasure by crypto-shredding. */
@Resolver()
export class ConsentAndErasureResolver {
  constructor(
    private readonly queries: MemberQueries,
    private readonly eraseMemberUseCase: EraseMemberUseCase,
    private readonly recordConsentUseCase: RecordConsentUseCase,
  ) {}

  @Mutation(() => MemberPayload, { description: 'Destroys the member\'s data key: personal data becomes unreadable everywhere' })
  @RequirePermissions('members:erase')
  async eraseMember(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('basis', { type: () => ErasureBasisEnum }) basis: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<MemberPayload> {
    await this.eraseMemberUseCase.execute(identity, memberId, basis as ErasureBasis, idempotencyKey);
    return { member: await this.queries.requireMember(identity.tenant, memberId) };
  }

  @Mutation(() => MemberPayload, { description: 'Records a consent decision (PIPL): granted or revoked, with source and policy version' })
  @RequirePermissions('members:manage')
  async recordConsent(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('decision') decision: ConsentDecisionInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<MemberPayload> {
    await this.recordConsentUseCase.execute(identity, memberId, decision as ConsentDecision, idempotencyKey);
    return { member: await this.queries.requireMember(identity.tenant, memberId) };
  }
}
