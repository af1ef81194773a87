import { Module } from '@nestjs/common';
import { ChurnRiskQueries } from './churn-risk-queries';
import { ChurnRiskNoteResolver, ChurnRiskResolver } from './churn-risk.resolver';
import { ConfirmChurnRiskUseCase } from './confirm-churn-risk.use-case';

/** Churn-risk scores per member and community, and people's reviews of them. */
@Module({ providers: [ChurnRiskQueries, ConfirmChurnRiskUseCase, ChurnRiskResolver, ChurnRiskNoteResolver] })
export class ChurnRiskModule {}
