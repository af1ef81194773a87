import { CrisisAlertEscalatedV1 } from './crisis-alert-escalated.v1';
import { CrisisAlertRaisedV1 } from './crisis-alert-raised.v1';
import { CrisisAlertResolvedV1 } from './crisis-alert-resolved.v1';
import { CrisisFirstResponseRecordedV1 } from './crisis-first-response-recorded.v1';
import { CrisisSlaBreachedV1 } from './crisis-sla-breached.v1';

export { CrisisAlertEscalatedV1, CrisisAlertRaisedV1, CrisisAlertResolvedV1, CrisisFirstResponseRecordedV1, CrisisSlaBreachedV1 };
export * from './crisis-alert';

/** The crisis early-warning events that leave the moderation service (analytics, connectors, partners). */
export const crisisAlertEvents = [
  CrisisAlertRaisedV1,
  CrisisAlertEscalatedV1,
  CrisisSlaBreachedV1,
  CrisisFirstResponseRecordedV1,
  CrisisAlertResolvedV1,
] as const;
