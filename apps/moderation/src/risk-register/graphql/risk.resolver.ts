import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { beijingDay, CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { RiskQueries } from '../risk.queries';
import type { RiskBand, RiskType } from '../risk-score';
import { ChangeRiskOwnerUseCase } from '../use-cases/change-risk-owner.use-case';
import { CloseRiskUseCase } from '../use-cases/close-risk.use-case';
import { ReassessRiskUseCase } from '../use-cases/reassess-risk.use-case';
import { RegisterRiskUseCase } from '../use-cases/register-risk.use-case';
import { ReassessRiskInput, RegisterRiskInput, Risk, RiskBandEnum, RiskConnection, RiskPayload, RiskStatusEnum, RiskTypeEnum } from './risk.types';

@Resolver(() => Risk)
export class RiskResolver {
  constructor(
    private readonly queries: RiskQueries,
    private readonly registerRiskUseCase: RegisterRiskUseCase,
    private readonly reassessRiskUseCase: ReassessRiskUseCase,
    private readonly changeRiskOwnerUseCase: ChangeRiskOwnerUseCase,
    private readonly closeRiskUseCase: CloseRiskUseCase,
  ) {}

  @Query(() => RiskConnection, { description: 'The risk register, highest score first' })
  @RequirePermissions('moderation:review')
  risks(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('riskType', { type: () => RiskTypeEnum, nullable: true }) riskType?: RiskType,
    @Args('band', { type: () => RiskBandEnum, nullable: true }) band?: RiskBand,
    @Args('status', { type: () => RiskStatusEnum, nullable: true }) status?: 'open' | 'closed',
    @Args('owner', { nullable: true }) owner?: string,
  ) {
    return this.queries.risks(identity.tenant, { riskType, band, status, owner }, page.first, page.after);
  }

  @Query(() => RiskConnection, { description: 'Open risks whose review date has passed (Beijing calendar), longest overdue first' })
  @RequirePermissions('moderation:review')
  overdueRiskReviews(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return this.queries.overdueReviews(identity.tenant, beijingDay(new Date()), page.first, page.after);
  }

  @Query(() => Risk, { nullable: true })
  @RequirePermissions('moderation:review')
  risk(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.risk(identity.tenant, id);
  }

  @Mutation(() => RiskPayload)
  @RequirePermissions('moderation:manage-rules')
  async registerRisk(@CurrentIdentity() identity: Identity, @Args('input') input: RegisterRiskInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    const riskId = await this.registerRiskUseCase.execute(identity, input, idempotencyKey);
    return { risk: await this.readBack(identity, riskId) };
  }

  @Mutation(() => RiskPayload)
  @RequirePermissions('moderation:manage-rules')
  async reassessRisk(@CurrentIdentity() identity: Identity, @Args('input') input: ReassessRiskInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.reassessRiskUseCase.execute(identity, input, idempotencyKey);
    return { risk: await this.readBack(identity, input.riskId) };
  }

  @Mutation(() => RiskPayload)
  @RequirePermissions('moderation:manage-rules')
  async changeRiskOwner(
    @CurrentIdentity() identity: Identity,
    @Args('riskId', { type: () => ID }) riskId: string,
    @Args('owner') owner: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ) {
    await this.changeRiskOwnerUseCase.execute(identity, riskId, owner, idempotencyKey);
    return { risk: await this.readBack(identity, riskId) };
  }

  @Mutation(() => RiskPayload)
  @RequirePermissions('moderation:manage-rules')
  async closeRisk(
    @CurrentIdentity() identity: Identity,
    @Args('riskId', { type: () => ID }) riskId: string,
    @Args('reason') reason: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ) {
    await this.closeRiskUseCase.execute(identity, riskId, reason, idempotencyKey);
    return { risk: await this.readBack(identity, riskId) };
  }

  private async readBack(identity: Identity, riskId: string) {
    return requireWritten(this.queries.risk(identity.tenant, riskId), 'risk');
  }
}
