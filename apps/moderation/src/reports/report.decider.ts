import type { Decider } from '@groundswell/event-store';
import type { Actor, ModerationTarget, ReportCategory } from '@groundswell/events';
import { ReportError } from './report.error';
import { reportEventTypes, type ReportEvent } from './report.events';

export const MAX_REPORT_DETAIL_LENGTH = 1000;
export const MAX_TARGET_ID_LENGTH = 200;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FileReport {
  type: 'FileReport';
  reportId: string;
  /** The open case on the target it joins, or the one it opens: chosen by the use case. */
  caseId: string;
  target: ModerationTarget;
  category: ReportCategory;
  detail?: string;
  reporter: Actor;
}

export type ReportCommand = FileReport;

export type ReportState = { filed: boolean };

function validTarget(target: ModerationTarget): ModerationTarget {
  const id = target.id.trim();
  if (id.length === 0 || id.length > MAX_TARGET_ID_LENGTH) throw new ReportError('TARGET_INVALID', `A target id is 1–${MAX_TARGET_ID_LENGTH} characters`);
  if (target.communityId !== undefined && !uuidPattern.test(target.communityId)) throw new ReportError('TARGET_INVALID', 'A community id is a UUID');
  return { ...target, id };
}

function fileReport(command: FileReport, state: ReportState): ReportEvent[] {
  if (state.filed) throw new ReportError('REPORT_EXISTS', 'This report was filed already', { reportId: command.reportId });
  const target = validTarget(command.target);
  if (target.kind === 'member' && command.reporter.kind === 'member' && command.reporter.id === target.id) {
    throw new ReportError('SELF_REPORT', 'A member cannot report themself');
  }
  const detail = command.detail?.trim() || undefined;
  if (detail && detail.length > MAX_REPORT_DETAIL_LENGTH) throw new ReportError('DETAIL_TOO_LONG', `The detail is at most ${MAX_REPORT_DETAIL_LENGTH} characters`);
  return [
    {
      type: reportEventTypes.filed,
      data: { reportId: command.reportId, caseId: command.caseId, target, category: command.category, ...(detail ? { detail } : {}), reportedBy: command.reporter },
    },
  ];
}

export const reportDecider: Decider<ReportCommand, ReportEvent, ReportState> = {
  initialState: () => ({ filed: false }),
  decide: fileReport,
  evolve: () => ({ filed: true }),
};
