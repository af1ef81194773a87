import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, isoInstant, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { LotteryQueries } from '../lottery.queries';
import { CloseLotteryEntriesUseCase } from '../use-cases/close-lottery-entries.use-case';
import { CreateLotteryUseCase } from '../use-cases/create-lottery.use-case';
import { DrawLotteryUseCase } from '../use-cases/draw-lottery.use-case';
import { EnterLotteryUseCase } from '../use-cases/enter-lottery.use-case';
import { CreateLotteryInput, DrawLotteryInput, EnterLotteryInput, Lottery, LotteryConnection, LotteryDrawExport, LotteryPayload } from './lottery.types';

@Resolver(() => Lottery)
export class LotteryResolver {
  constructor(
    private readonly queries: LotteryQueries,
    private readonly createLotteryUseCase: CreateLotteryUseCase,
    private readonly enterLotteryUseCase: EnterLotteryUseCase,
    private readonly closeLotteryEntriesUseCase: CloseLotteryEntriesUseCase,
    private readonly drawLotteryUseCase: DrawLotteryUseCase,
  ) {}

  @Query(() => LotteryConnection, { description: 'Lotteries, newest first, of one campaign or all' })
  @RequirePermissions('campaigns:read')
  lotteries(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('campaignId', { type: () => ID, nullable: true }) campaignId?: string | null) {
    return this.queries.lotteries(identity.tenant, campaignId ?? null, page);
  }

  @Query(() => Lottery, { nullable: true })
  @RequirePermissions('campaigns:read')
  lottery(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.lottery(identity.tenant, id);
  }

  @Query(() => LotteryDrawExport, { nullable: true, description: 'A drawn lottery\'s seed, entries and winners for verify-lottery.ts; null before the draw' })
  @RequirePermissions('campaigns:read')
  lotteryDrawExport(@CurrentIdentity() identity: Identity, @Args('lotteryId', { type: () => ID }) lotteryId: string) {
    return this.queries.drawExport(identity.tenant, lotteryId);
  }

  @Mutation(() => LotteryPayload, { description: 'Creates a lottery committed to the SHA-256 of a seed kept secret until the draw' })
  @RequirePermissions('campaigns:manage')
  async createLottery(@CurrentIdentity() identity: Identity, @Args('input') input: CreateLotteryInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<LotteryPayload> {
    const terms = { ...input, prizes: input.prizes.map(({ name, quantity }) => ({ name, quantity })), entriesCloseAt: isoInstant(input.entriesCloseAt, 'entriesCloseAt') };
    return this.readBack(identity, await this.createLotteryUseCase.execute(identity, terms, idempotencyKey));
  }

  @Mutation(() => LotteryPayload, { description: 'Enters a member, once, while entries are open and the campaign runs' })
  @RequirePermissions('campaigns:manage')
  async enterLottery(@CurrentIdentity() identity: Identity, @Args('input') input: EnterLotteryInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<LotteryPayload> {
    await this.enterLotteryUseCase.execute(identity, input, idempotencyKey);
    return this.readBack(identity, input.lotteryId);
  }

  @Mutation(() => LotteryPayload, { description: 'Closes the entries before their closing time' })
  @RequirePermissions('campaigns:manage')
  async closeLotteryEntries(@CurrentIdentity() identity: Identity, @Args('lotteryId', { type: () => ID }) lotteryId: string, @IdempotencyKeyArg() idempotencyKey?: string): Promise<LotteryPayload> {
    await this.closeLotteryEntriesUseCase.execute(identity, lotteryId, idempotencyKey);
    return this.readBack(identity, lotteryId);
  }

  @Mutation(() => LotteryPayload, { description: 'Reveals the seed and draws the winners it gives, after entries close' })
  @RequirePermissions('campaigns:manage')
  async drawLottery(@CurrentIdentity() identity: Identity, @Args('input') input: DrawLotteryInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<LotteryPayload> {
    await this.drawLotteryUseCase.execute(identity, input, idempotencyKey);
    return this.readBack(identity, input.lotteryId);
  }

  private async readBack(identity: Identity, lotteryId: string): Promise<LotteryPayload> {
    const lottery = await requireWritten(this.queries.lottery(identity.tenant, lotteryId), 'lottery');
    return { lottery };
  }
}
