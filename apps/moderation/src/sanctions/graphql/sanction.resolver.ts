import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { SanctionQueries } from '../sanction.queries';
import { ApplySanctionUseCase } from '../use-cases/apply-sanction.use-case';
import { LiftSanctionUseCase } from '../use-cases/lift-sanction.use-case';
import { SetEscalationPolicyUseCase } from '../use-cases/set-escalation-policy.use-case';
import { ApplySanctionInput, ApplySanctionPayload, EscalationPolicy, EscalationStepInput, Sanction, SanctionConnection, SanctionFilterInput, SanctionPayload } from './sanction.types';
import { ReferencesParties } from '../../known-parties/references-parties';

@Resolver(() => Sanction)
export class SanctionResolver {
  constructor(
    private readonly queries: SanctionQueries,
    private readonly applySanctionUseCase: ApplySanctionUseCase,
    private readonly liftSanctionUseCase: LiftSanctionUseCase,
    private readonly setEscalationPolicyUseCase: SetEscalationPolicyUseCase,
  ) {}

  @Query(() => SanctionConnection, { description: 'Sanctions newest first' })
  @RequirePermissions('moderation:review')
  sanctions(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: SanctionFilterInput) {
    return this.queries.sanctions(identity.tenant, filter, page.first, page.after);
  }

  @Query(() => Sanction, { nullable: true })
  @RequirePermissions('moderation:review')
  sanction(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.sanction(identity.tenant, id);
  }

  @Query(() => EscalationPolicy)
  @RequirePermissions('moderation:review')
  escalationPolicy(@CurrentIdentity() identity: Identity) {
    return this.queries.escalationPolicy(identity.tenant);
  }

  // Muting is the least a caller needs; the decider refuses stronger sanctions to those who may only mute.
  @Mutation(() => ApplySanctionPayload, { description: 'Sanction a member; the escalation policy may add a stricter sanction' })
  @ReferencesParties(({ input }) => ({ communityIds: [input.communityId], memberIds: [input.memberId] }))
  @RequirePermissions('moderation:mute')
  async applySanction(@CurrentIdentity() identity: Identity, @Args('input') input: ApplySanctionInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ApplySanctionPayload> {
    const { sanctionIds } = await this.applySanctionUseCase.execute(identity, input, idempotencyKey);
    return { sanctions: await Promise.all(sanctionIds.map((id) => this.readBack(identity, id))) };
  }

  @Mutation(() => SanctionPayload, { description: 'Withdraw a sanction: a mute ends, a removed or banned member may rejoin' })
  @RequirePermissions('moderation:sanction')
  async liftSanction(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<SanctionPayload> {
    await this.liftSanctionUseCase.execute(identity, id, reason, idempotencyKey);
    return { sanction: await this.readBack(identity, id) };
  }

  @Mutation(() => EscalationPolicy, { description: 'Replace the escalation policy with a new version' })
  @RequirePermissions('moderation:manage-rules')
  async setEscalationPolicy(
    @CurrentIdentity() identity: Identity,
    @Args('steps', { type: () => [EscalationStepInput] }) steps: EscalationStepInput[],
    @IdempotencyKeyArg() idempotencyKey?: string,
  ) {
    await this.setEscalationPolicyUseCase.execute(identity, steps, idempotencyKey);
    return this.queries.escalationPolicy(identity.tenant);
  }

  private async readBack(identity: Identity, sanctionId: string) {
    return requireWritten(this.queries.sanction(identity.tenant, sanctionId), 'sanction');
  }
}
