import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { RiskRegisterModule } from './risk-register/risk-register.module';
import { RuleSetsModule } from './rule-sets/rule-sets.module';
import { ScreeningModule } from './screening/screening.module';
import { WatchedWordsModule } from './watched-words/watched-words.module';

export const moderationApplication: ServiceApplicationOptions = {
  features: [
    RuleSetsModule,
    WatchedWordsModule,
    ScreeningModule,
    RiskRegisterModule,
  ],
};
