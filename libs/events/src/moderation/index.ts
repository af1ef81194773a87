import { AppealDecidedV1 } from './appeal-decided.v1';
import { AppealFiledV1 } from './appeal-filed.v1';
import { CaseDecidedV1 } from './case-decided.v1';
import { CaseEscalatedV1 } from './case-escalated.v1';
import { CaseOpenedV1 } from './case-opened.v1';
import { ReportFiledV1 } from './report-filed.v1';
import { SanctionAppliedV1 } from './sanction-applied.v1';
import { SanctionExpiredV1 } from './sanction-expired.v1';
import { SanctionLiftedV1 } from './sanction-lifted.v1';
import { ScreeningRequestedV1 } from './screening-requested.v1';
import { TextScreenedV1 } from './text-screened.v1';

export { AppealDecidedV1, AppealFiledV1, CaseDecidedV1, CaseEscalatedV1, CaseOpenedV1, ReportFiledV1, SanctionAppliedV1, SanctionExpiredV1, SanctionLiftedV1, ScreeningRequestedV1, TextScreenedV1 };
export { MAX_SCREENING_REQUEST_TEXT } from './screening-requested.v1';
export { screeningVerdictSchema } from './text-screened.v1';
export * from './moderation-target';
export { reportCategorySchema, type ReportCategory } from './report-filed.v1';
export { automaticVerdictSchema, casePrioritySchema } from './case-opened.v1';

/** Every event the moderation service publishes about reports, review cases, sanctions and appeals. */
export const moderationCaseworkEvents = [
  ReportFiledV1,
  CaseOpenedV1,
  CaseDecidedV1,
  CaseEscalatedV1,
  SanctionAppliedV1,
  SanctionLiftedV1,
  SanctionExpiredV1,
  AppealFiledV1,
  AppealDecidedV1,
] as const;

/** Screening by event: the request other services send, and the verdict moderation publishes. */
export const moderationScreeningEvents = [ScreeningRequestedV1, TextScreenedV1] as const;
