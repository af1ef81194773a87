import { Module } from '@nestjs/common';
import { CaseworkStoreModule } from '../casework/casework-store.module';
import { ReportResolver } from './graphql/report.resolver';
import { ReportQueries } from './report.queries';
import { FileReportUseCase } from './use-cases/file-report.use-case';
import { KnownPartiesModule } from '../known-parties/known-parties.module';

@Module({
  imports: [KnownPartiesModule, CaseworkStoreModule],
  providers: [ReportQueries, ReportResolver, FileReportUseCase],
})
export class ReportsModule {}
