import { OutboxRelayModule } from '@groundswell/event-store';
import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { AppealsModule } from './appeals/appeals.module';
import { ConnectorFeedModule } from './connector-feed/connector-feed.module';
import { CrisisModule } from './crisis/crisis.module';
import { isPublishedModerationEvent } from './outbox/published-events';
import { ReportsModule } from './reports/reports.module';
import { ReviewQueueModule } from './review-queue/review-queue.module';
import { RiskRegisterModule } from './risk-register/risk-register.module';
import { RuleSetsModule } from './rule-sets/rule-sets.module';
import { ModerationSchedulingModule } from './scheduling/scheduling.module';
import { SanctionsModule } from './sanctions/sanctions.module';
import { ScreeningModule } from './screening/screening.module';
import { ScreeningRequestsModule } from './screening-requests/screening-requests.module';
import { WatchedWordsModule } from './watched-words/watched-words.module';

export const moderationApplication: ServiceApplicationOptions = {
  features: [
    RuleSetsModule,
    WatchedWordsModule,
    ScreeningModule,
    ScreeningRequestsModule,
    ReportsModule,
    ReviewQueueModule,
    SanctionsModule,
    AppealsModule,
    CrisisModule,
    RiskRegisterModule,
    ModerationSchedulingModule,
    ConnectorFeedModule,
    OutboxRelayModule.publishing(isPublishedModerationEvent),
  ],
};
