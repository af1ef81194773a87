import { Module } from '@nestjs/common';
import { runChurnRiskPass } from '../../churn-risk/assess-churn-risk';
import { LifecycleConsumer } from '../../lifecycle/lifecycle.consumer';
import { runLifecycleDemotionPass } from '../../lifecycle/lifecycle-automation';
import { runPointsExpiryPass } from '../../points/expiry/points-expiry.pass';
import { MEMBERS_CLOCK, systemClock } from './clock';
import type { ScheduledPass } from '@groundswell/event-store';
import { MembersScheduler, SCHEDULED_PASSES } from './members-scheduler';

const passes: ScheduledPass[] = [
  { name: 'lifecycle-demotions', run: runLifecycleDemotionPass },
  { name: 'points-expiry', run: runPointsExpiryPass },
  { name: 'churn-risk', run: runChurnRiskPass },
];

/** What happens without a request: lifecycle promotions after activity, and the scheduled passes. */
@Module({
  providers: [
    { provide: MEMBERS_CLOCK, useValue: systemClock },
    { provide: SCHEDULED_PASSES, useValue: passes },
    LifecycleConsumer,
    MembersScheduler,
  ],
})
export class AutomationModule {}
