import { Module } from '@nestjs/common';
import { CaseworkStoreModule } from '../casework/casework-store.module';
import { ReviewCaseResolver } from './graphql/review-case.resolver';
import { ReviewQueueQueries } from './review-queue.queries';
import { ClaimCaseUseCase } from './use-cases/claim-case.use-case';
import { DecideCaseUseCase } from './use-cases/decide-case.use-case';
import { OpenScreeningCaseUseCase } from './use-cases/open-screening-case.use-case';
import { ReleaseCaseUseCase } from './use-cases/release-case.use-case';

// too, so every case projection must be registered once, service-wide.
@Module({
  imports: [CaseworkStoreModule],
  providers: [ReviewQueueQueries, ReviewCaseResolver, ClaimCaseUseCase, ReleaseCaseUseCase, DecideCaseUseCase, OpenScreeningCaseUseCase],
  exports: [OpenScreeningCaseUseCase],
})
export class ReviewQueueModule {}
