import { Module } from '@nestjs/common';
import { CaseworkStoreModule } from '../casework/casework-store.module';
import { SanctionResolver } from './graphql/sanction.resolver';
import { SanctionQueries } from './sanction.queries';
import { SANCTIONS_CLOCK, systemClock } from './sanctions-clock';
import { ApplySanctionUseCase } from './use-cases/apply-sanction.use-case';
import { ExpireDueMutesUseCase } from './use-cases/expire-due-mutes.use-case';
import { LiftSanctionUseCase } from './use-cases/lift-sanction.use-case';
import { SetEscalationPolicyUseCase } from './use-cases/set-escalation-policy.use-case';
import { KnownPartiesModule } from '../known-parties/known-parties.module';

@Module({
  imports: [KnownPartiesModule, CaseworkStoreModule],
  providers: [
    { provide: SANCTIONS_CLOCK, useValue: systemClock },
    SanctionQueries,
    SanctionResolver,
    ApplySanctionUseCase,
    LiftSanctionUseCase,
    SetEscalationPolicyUseCase,
    ExpireDueMutesUseCase,
  ],
  exports: [ExpireDueMutesUseCase],
})
export class SanctionsModule {}
