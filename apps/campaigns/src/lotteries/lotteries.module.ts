import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { LotteryResolver } from './graphql/lottery.resolver';
import { lotteryProjections } from './lottery.projection';
import { LotteryQueries } from './lottery.queries';
import { CloseLotteryEntriesUseCase } from './use-cases/close-lottery-entries.use-case';
import { CreateLotteryUseCase } from './use-cases/create-lottery.use-case';
import { DrawLotteryUseCase } from './use-cases/draw-lottery.use-case';
import { EnterLotteryUseCase } from './use-cases/enter-lottery.use-case';

@Module({
  providers: [eventStoreProvider(lotteryProjections), LotteryQueries, LotteryResolver, CreateLotteryUseCase, EnterLotteryUseCase, CloseLotteryEntriesUseCase, DrawLotteryUseCase],
})
export class LotteriesModule {}
