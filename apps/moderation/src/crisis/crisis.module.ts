import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { CRISIS_CLOCK, systemCrisisClock } from './crisis-clock';
import { crisisProjections } from './crisis.projection';
import { CrisisQueries } from './crisis.queries';
import { CrisisAlertResolver } from './graphql/crisis-alert.resolver';
import { CrisisSettingsResolver } from './graphql/crisis-settings.resolver';
import { AcknowledgeCrisisAlertUseCase } from './use-cases/acknowledge-crisis-alert.use-case';
import { AddPostMortemNoteUseCase } from './use-cases/add-post-mortem-note.use-case';
import { CheckCrisisSlasUseCase } from './use-cases/check-crisis-slas.use-case';
import { CrisisAlertCommands } from './use-cases/crisis-alert-command';
import { DefineCrisisPlaybookUseCase } from './use-cases/define-crisis-playbook.use-case';
import { EscalateCrisisAlertUseCase } from './use-cases/escalate-crisis-alert.use-case';
import { RecordCrisisObservationsUseCase } from './use-cases/record-crisis-observations.use-case';
import { RecordFirstResponseUseCase } from './use-cases/record-first-response.use-case';
import { ResolveCrisisAlertUseCase } from './use-cases/resolve-crisis-alert.use-case';
import { SetCrisisThresholdsUseCase } from './use-cases/set-crisis-thresholds.use-case';
import { SetEscalationListUseCase } from './use-cases/set-escalation-list.use-case';
import { KnownPartiesModule } from '../known-parties/known-parties.module';

/** Crisis early warning (MOD-28…46). `CheckCrisisSlasUseCase` and `RecordCrisisObservationsUseCase` are exported for a scheduler and consumers. */
@Module({
  imports: [KnownPartiesModule],
  providers: [
    eventStoreProvider(crisisProjections),
    { provide: CRISIS_CLOCK, useValue: systemCrisisClock },
    CrisisQueries,
    CrisisAlertCommands,
    CrisisAlertResolver,
    CrisisSettingsResolver,
    RecordCrisisObservationsUseCase,
    AcknowledgeCrisisAlertUseCase,
    RecordFirstResponseUseCase,
    EscalateCrisisAlertUseCase,
    ResolveCrisisAlertUseCase,
    AddPostMortemNoteUseCase,
    CheckCrisisSlasUseCase,
    SetCrisisThresholdsUseCase,
    SetEscalationListUseCase,
    DefineCrisisPlaybookUseCase,
  ],
  exports: [CheckCrisisSlasUseCase, RecordCrisisObservationsUseCase],
})
export class CrisisModule {}
