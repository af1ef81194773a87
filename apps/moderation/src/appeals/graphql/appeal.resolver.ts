import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { AppealQueries } from '../appeal.queries';
import { DecideAppealUseCase } from '../use-cases/decide-appeal.use-case';
import { FileAppealUseCase } from '../use-cases/file-appeal.use-case';
import { Appeal, AppealConnection, AppealPayload, AppealStatusEnum, DecideAppealInput, FileAppealInput } from './appeal.types';
import { ReferencesParties } from '../../known-parties/references-parties';

@Resolver(() => Appeal)
export class AppealResolver {
  constructor(
    private readonly queries: AppealQueries,
    private readonly fileAppealUseCase: FileAppealUseCase,
    private readonly decideAppealUseCase: DecideAppealUseCase,
  ) {}

  @Query(() => AppealConnection, { description: 'Appeals newest first' })
  @RequirePermissions('moderation:review')
  appeals(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('status', { type: () => AppealStatusEnum, nullable: true }) status?: keyof typeof AppealStatusEnum) {
    return this.queries.appeals(identity.tenant, status ?? undefined, page.first, page.after);
  }

  @Query(() => Appeal, { nullable: true })
  @RequirePermissions('moderation:review')
  appeal(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.appeal(identity.tenant, id);
  }

  @Mutation(() => AppealPayload, { description: 'Appeal a sanction on the member’s behalf' })
  @ReferencesParties(({ input }) => ({ memberIds: [input.appellantMemberId] }))
  @RequirePermissions('moderation:report')
  async fileAppeal(@CurrentIdentity() identity: Identity, @Args('input') input: FileAppealInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<AppealPayload> {
    const appealId = await this.fileAppealUseCase.execute(identity, input, idempotencyKey);
    return this.readBack(identity, appealId);
  }

  @Mutation(() => AppealPayload, { description: 'Uphold (lifts the sanction) or reject an appeal against someone else’s sanction' })
  @RequirePermissions('moderation:review')
  async decideAppeal(@CurrentIdentity() identity: Identity, @Args('input') input: DecideAppealInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<AppealPayload> {
    await this.decideAppealUseCase.execute(identity, { appealId: input.id, outcome: input.outcome, reason: input.reason }, idempotencyKey);
    return this.readBack(identity, input.id);
  }

  private async readBack(identity: Identity, appealId: string): Promise<AppealPayload> {
    const appeal = await requireWritten(this.queries.appeal(identity.tenant, appealId), 'appeal');
    return { appeal };
  }
}
