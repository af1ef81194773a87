import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { RiskResolver } from './graphql/risk.resolver';
import { riskProjections } from './risk.projection';
import { RiskQueries } from './risk.queries';
import { ChangeRiskOwnerUseCase } from './use-cases/change-risk-owner.use-case';
import { CloseRiskUseCase } from './use-cases/close-risk.use-case';
import { ReassessRiskUseCase } from './use-cases/reassess-risk.use-case';
import { RegisterRiskUseCase } from './use-cases/register-risk.use-case';

/** The risk register (MOD-47…49). */
@Module({
  providers: [eventStoreProvider(riskProjections), RiskQueries, RiskResolver, RegisterRiskUseCase, ReassessRiskUseCase, ChangeRiskOwnerUseCase, CloseRiskUseCase],
})
export class RiskRegisterModule {}
