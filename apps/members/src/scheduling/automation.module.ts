import { Module } from '@nestjs/common';
import { runChurnRiskPass } from '../churn-risk/assess-churn-risk';
import { LifecycleConsumer } from '../lifecycle/lifecycle.consumer';
import { runLifecycleDemotionPass } from '../lifecycle/lifecycle-automation';
import { runPointsExpiryPass } from '../points/expiry/points-expiry.pass';
import { MEMBERS_CLOCK, systemClock } from './clock';
import { MembersScheduler } from './members-scheduler';
import { SCHEDULED_PASSES, type ScheduledPass } from './scheduled-pass';

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
