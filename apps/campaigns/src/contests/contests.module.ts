import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { contestProjections } from './contest.projection';
import { ContestQueries } from './contest.queries';
import { ContestResolver } from './graphql/contest.resolver';
import { CreateContestUseCase } from './use-cases/create-contest.use-case';
import { JudgeContestEntryUseCase } from './use-cases/judge-contest-entry.use-case';
import { PublishContestResultsUseCase } from './use-cases/publish-contest-results.use-case';
import { SubmitContestEntryUseCase } from './use-cases/submit-contest-entry.use-case';

@Module({
  providers: [eventStoreProvider(contestProjections), ContestQueries, ContestResolver, CreateContestUseCase, SubmitContestEntryUseCase, JudgeContestEntryUseCase, PublishContestResultsUseCase],
})
export class ContestsModule {}
