import { Module } from '@nestjs/common';
import { CaseworkStoreModule } from '../casework/casework-store.module';
import { SanctionQueries } from '../sanctions/sanction.queries';
import { AppealQueries } from './appeal.queries';
import { AppealResolver } from './graphql/appeal.resolver';
import { DecideAppealUseCase } from './use-cases/decide-appeal.use-case';
import { FileAppealUseCase } from './use-cases/file-appeal.use-case';
import { KnownPartiesModule } from '../known-parties/known-parties.module';

@Module({
  imports: [KnownPartiesModule, CaseworkStoreModule],
  providers: [AppealQueries, SanctionQueries, AppealResolver, FileAppealUseCase, DecideAppealUseCase],
})
export class AppealsModule {}
