import type { CrisisIndicator, CrisisSeverity, CrisisType, EscalationDepartment } from '@groundswell/events';
import type { Decider } from '@groundswell/event-store';
import { CrisisError } from './crisis.error';
import { crisisAlertEventTypes, type CrisisAlertEscalated, type CrisisAlertEvent } from './crisis-alert.events';
import { recipientsForSeverity, recipientsInDepartments, type EscalationContact } from './crisis-escalation';
import { minutesBetween } from './monitoring/sliding-window';

/** The indicator's reading against the threshold it crossed, under which thresholds version, and how the alert is classed. */
export interface CrisisAlertReading {
  indicator: CrisisIndicator;
  value: number;
  threshold: number;
  severity: CrisisSeverity;
  crisisType: CrisisType;
  thresholdsVersion: number;
}

export interface RaiseCrisisAlert extends CrisisAlertReading {
  type: 'RaiseCrisisAlert';
  alertId: string;
  communityId: string;
  topic?: string;
  slaMinutes: number;
  escalationList: readonly EscalationContact[];
  at: Date;
}

export interface AcknowledgeCrisisAlert {
  type: 'AcknowledgeCrisisAlert';
  by: string;
  at: Date;
  severity?: CrisisSeverity;
  crisisType?: CrisisType;
}

export type ResponseChannel = 'community' | 'social_platform' | 'official_website' | 'news_media';

export interface RecordFirstResponse {
  type: 'RecordFirstResponse';
  channel: ResponseChannel;
  statement: string;
  by: string;
  at: Date;
  escalationList: readonly EscalationContact[];
}

/** What a scheduler asks every minute or so: has the response deadline passed unanswered? */
export interface CheckCrisisSla {
  type: 'CheckCrisisSla';
  at: Date;
  escalationList: readonly EscalationContact[];
}

export interface EscalateCrisisAlert {
  type: 'EscalateCrisisAlert';
  departments: readonly EscalationDepartment[];
  note?: string;
  escalationList: readonly EscalationContact[];
  at: Date;
}

export interface ResolveCrisisAlert {
  type: 'ResolveCrisisAlert';
  outcome: 'handled' | 'false_alarm';
  summary: string;
  by: string;
  at: Date;
}

export interface AddPostMortemNote {
  type: 'AddPostMortemNote';
  noteId: string;
  note: string;
  lessons: readonly string[];
  by: string;
  at: Date;
}

export type CrisisAlertCommand =
  | RaiseCrisisAlert
  | AcknowledgeCrisisAlert
  | RecordFirstResponse
  | CheckCrisisSla
  | EscalateCrisisAlert
  | ResolveCrisisAlert
  | AddPostMortemNote;

export type CrisisAlertState =
  | { status: 'none' }
  | {
      status: 'raised' | 'acknowledged' | 'responded' | 'resolved';
      alertId: string;
      communityId: string;
      severity: CrisisSeverity;
      crisisType: CrisisType;
      raisedAt: string;
      responseDueAt: string;
      slaMinutes: number;
      slaBreached: boolean;
    };

type ExistingAlert = Exclude<CrisisAlertState, { status: 'none' }>;

const MAX_TEXT = 2000;

function text(value: string, field: string, max = MAX_TEXT): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) throw new CrisisError('TEXT_INVALID', `${field} must be 1–${max} characters`, { field });
  return trimmed;
}

function raise(command: RaiseCrisisAlert, state: CrisisAlertState): CrisisAlertEvent[] {
  if (state.status !== 'none') throw new CrisisError('ALERT_EXISTS', 'This crisis alert exists already', { alertId: command.alertId });
  const { alertId, communityId, topic, indicator, value, threshold, severity, crisisType, thresholdsVersion, slaMinutes, at } = command;
  const raisedAt = at.toISOString();
  const responseDueAt = new Date(at.getTime() + slaMinutes * 60_000).toISOString();
  const raised: CrisisAlertEvent = {
    type: crisisAlertEventTypes.raised,
    data: { alertId, communityId, ...(topic ? { topic } : {}), indicator, value, threshold, severity, crisisType, thresholdsVersion, raisedAt, slaMinutes, responseDueAt },
  };
  const recipients = recipientsForSeverity(command.escalationList, severity);
  return recipients.length ? [raised, escalation(alertId, communityId, severity, 'raised', recipients, raisedAt)] : [raised];
}

function escalation(
  alertId: string,
  communityId: string,
  severity: CrisisSeverity,
  reason: CrisisAlertEscalated['data']['reason'],
  recipients: CrisisAlertEscalated['data']['recipients'],
  escalatedAt: string,
  note?: string,
): CrisisAlertEscalated {
  return { type: crisisAlertEventTypes.escalated, data: { alertId, communityId, severity, reason, recipients, ...(note ? { note } : {}), escalatedAt } };
}

function existing(state: CrisisAlertState): ExistingAlert {
  if (state.status === 'none') throw new CrisisError('ALERT_NOT_FOUND', 'No such crisis alert');
  return state;
}

function open(state: CrisisAlertState): ExistingAlert {
  const alert = existing(state);
  if (alert.status === 'resolved') throw new CrisisError('ALERT_RESOLVED', 'This crisis alert is resolved already', { alertId: alert.alertId });
  return alert;
}

/**
 * The SLA decision on its own, for a scheduler and for a late response: breached when the deadline
 * has passed with no first response, recorded once.
 */
export function checkSla(state: CrisisAlertState, now: Date, escalationList: readonly EscalationContact[] = []): CrisisAlertEvent[] {
  if (state.status !== 'raised' && state.status !== 'acknowledged') return [];
  if (state.slaBreached || now.getTime() <= Date.parse(state.responseDueAt)) return [];
  const { alertId, communityId, raisedAt, responseDueAt, slaMinutes, severity } = state;
  const detectedAt = now.toISOString();
  const breached: CrisisAlertEvent = { type: crisisAlertEventTypes.slaBreached, data: { alertId, communityId, raisedAt, responseDueAt, slaMinutes, detectedAt } };
  const recipients = recipientsInDepartments(escalationList);
  return recipients.length ? [breached, escalation(alertId, communityId, severity, 'sla_breached', recipients, detectedAt)] : [breached];
}

function acknowledge(command: AcknowledgeCrisisAlert, state: CrisisAlertState): CrisisAlertEvent[] {
  const alert = open(state);
  // Acknowledging twice is a retry, or a second person seeing it: the first stands.
  if (alert.status !== 'raised') return [];
  const { alertId } = alert;
  const [severity, crisisType] = [command.severity ?? alert.severity, command.crisisType ?? alert.crisisType];
  return [{ type: crisisAlertEventTypes.acknowledged, data: { alertId, acknowledgedBy: command.by, acknowledgedAt: command.at.toISOString(), severity, crisisType } }];
}

function recordFirstResponse(command: RecordFirstResponse, state: CrisisAlertState): CrisisAlertEvent[] {
  const alert = open(state);
  if (alert.status === 'raised') throw new CrisisError('ALERT_NOT_ACKNOWLEDGED', 'Acknowledge the alert before recording a response', { alertId: alert.alertId });
  if (alert.status === 'responded') throw new CrisisError('FIRST_RESPONSE_RECORDED', 'The first response is recorded already', { alertId: alert.alertId });
  if (command.at.getTime() < Date.parse(alert.raisedAt)) throw new CrisisError('RESPONSE_BEFORE_ALERT', 'A response cannot come before the alert');
  const { alertId, communityId, raisedAt, responseDueAt } = alert;
  const withinSla = command.at.getTime() <= Date.parse(responseDueAt);
  const responseMinutes = minutesBetween(new Date(raisedAt), command.at);
  return [
    // A late response with no scheduler check before it still records the breach, first.
    ...checkSla(alert, command.at, command.escalationList),
    {
      type: crisisAlertEventTypes.firstResponseRecorded,
      data: { alertId, communityId, channel: command.channel, statement: text(command.statement, 'statement'), respondedAt: command.at.toISOString(), responseMinutes, withinSla, respondedBy: command.by },
    },
  ];
}

function escalate(command: EscalateCrisisAlert, state: CrisisAlertState): CrisisAlertEvent[] {
  const alert = open(state);
  const recipients = recipientsInDepartments(command.escalationList, command.departments);
  if (command.departments.length === 0 || recipients.length === 0) {
    throw new CrisisError('NO_ESCALATION_RECIPIENTS', 'The escalation list has nobody in those departments', { departments: command.departments });
  }
  const note = command.note === undefined ? undefined : text(command.note, 'note', 1000);
  return [escalation(alert.alertId, alert.communityId, alert.severity, 'manual', recipients, command.at.toISOString(), note)];
}

function resolve(command: ResolveCrisisAlert, state: CrisisAlertState): CrisisAlertEvent[] {
  const alert = open(state);
  // A false alarm (MOD-36) can be closed without a statement; a handled crisis had one.
  if (command.outcome === 'handled' && alert.status !== 'responded') {
    throw new CrisisError('FIRST_RESPONSE_REQUIRED', 'Record the official response before resolving the crisis as handled', { alertId: alert.alertId });
  }
  const { alertId, communityId } = alert;
  return [{ type: crisisAlertEventTypes.resolved, data: { alertId, communityId, outcome: command.outcome, summary: text(command.summary, 'summary'), resolvedAt: command.at.toISOString(), resolvedBy: command.by } }];
}

function addPostMortemNote(command: AddPostMortemNote, state: CrisisAlertState): CrisisAlertEvent[] {
  const alert = existing(state);
  if (alert.status !== 'resolved') throw new CrisisError('ALERT_NOT_RESOLVED', 'Post-mortem notes follow the resolution', { alertId: alert.alertId });
  const lessons = command.lessons.map((lesson) => text(lesson, 'lesson', 500));
  return [{ type: crisisAlertEventTypes.postMortemNoteAdded, data: { alertId: alert.alertId, noteId: command.noteId, note: text(command.note, 'note'), lessons, writtenBy: command.by, writtenAt: command.at.toISOString() } }];
}

function evolve(state: CrisisAlertState, event: CrisisAlertEvent): CrisisAlertState {
  if (event.type === crisisAlertEventTypes.raised) {
    const { alertId, communityId, severity, crisisType, raisedAt, responseDueAt, slaMinutes } = event.data;
    return { status: 'raised', alertId, communityId, severity, crisisType, raisedAt, responseDueAt, slaMinutes, slaBreached: false };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case crisisAlertEventTypes.acknowledged:
      return { ...state, status: 'acknowledged', severity: event.data.severity, crisisType: event.data.crisisType };
    case crisisAlertEventTypes.slaBreached:
      return { ...state, slaBreached: true };
    case crisisAlertEventTypes.firstResponseRecorded:
      return { ...state, status: 'responded' };
    case crisisAlertEventTypes.resolved:
      return { ...state, status: 'resolved' };
    default:
      return state;
  }
}

/**
 * A crisis alert (MOD-30…44): raised → acknowledged → first official response → resolved, then
 * post-mortem notes. The response SLA runs from the raise; it is breached once, by the scheduler's
 * check or by a late response, whichever comes first.
 */
export const crisisAlertDecider: Decider<CrisisAlertCommand, CrisisAlertEvent, CrisisAlertState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide(command, state) {
    switch (command.type) {
      case 'RaiseCrisisAlert':
        return raise(command, state);
      case 'AcknowledgeCrisisAlert':
        return acknowledge(command, state);
      case 'RecordFirstResponse':
        return recordFirstResponse(command, state);
      case 'CheckCrisisSla':
        return checkSla(existing(state), command.at, command.escalationList);
      case 'EscalateCrisisAlert':
        return escalate(command, state);
      case 'ResolveCrisisAlert':
        return resolve(command, state);
      case 'AddPostMortemNote':
        return addPostMortemNote(command, state);
    }
  },
};
