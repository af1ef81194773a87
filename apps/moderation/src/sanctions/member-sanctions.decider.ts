import type { Decider } from '@groundswell/event-store';
import type { Actor, SanctionKind } from '@groundswell/events';
import type { Permission } from '@groundswell/service-kit';
import { checkMuteDuration, type EscalationPolicy, type EscalationStep } from './escalation-policy/escalation-policy';
import { sanctionNotice } from './sanction-notice';
import { sanctionEventTypes, type SanctionApplied, type SanctionEvent } from './sanction.events';
import { SanctionError } from './sanctions.error';

export const MAX_SANCTION_REASON_LENGTH = 1000;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dayMs = 24 * 60 * 60 * 1000;
const escalationActor: Actor = { kind: 'system', id: 'escalation-policy' };

export interface ApplySanction {
  type: 'ApplySanction';
  sanctionId: string;
  memberId: string;
  kind: SanctionKind;
  communityId?: string;
  contentId?: string;
  durationMinutes?: number;
  ruleId: string;
  reason: string;
  caseId?: string;
  /** Who asks, and what their roles allow: volunteers may mute and nothing more (TEAM-19). */
  by: { actor: Actor; permissions: ReadonlySet<Permission> };
  at: Date;
  policy: EscalationPolicy;
  /** The id a sanction the policy adds on top would get. */
  escalationSanctionId: string;
}

export interface LiftSanction {
  type: 'LiftSanction';
  memberId: string;
  sanctionId: string;
  reason: string;
  by: Actor;
  appealId?: string;
}

/** What the scheduler sends: end every mute whose time is up. */
export interface ExpireDueMutes {
  type: 'ExpireDueMutes';
  memberId: string;
  now: Date;
}

export type MemberSanctionsCommand = ApplySanction | LiftSanction | ExpireDueMutes;

export interface SanctionRecord {
  sanctionId: string;
  kind: SanctionKind;
  communityId?: string;
  appliedAt: number;
  expiresAt?: number;
  status: 'active' | 'lifted' | 'expired';
  /** The kind whose repetition caused it, for sanctions the policy added. */
  escalatedFrom?: SanctionKind;
}

export interface MemberSanctionsState {
  sanctions: SanctionRecord[];
}

const requiredPermission = (kind: SanctionKind): Permission => (kind === 'mute' ? 'moderation:mute' : 'moderation:sanction');

function checkApplication(command: ApplySanction): { ruleId: string; reason: string } {
  if (!command.by.permissions.has(requiredPermission(command.kind))) {
    throw new SanctionError('SANCTION_NOT_PERMITTED', `Your roles do not allow you to ${command.kind === 'mute' ? 'mute' : 'apply this sanction'}`, { kind: command.kind });
  }
  if (!uuidPattern.test(command.memberId)) throw new SanctionError('ID_INVALID', 'A member id is a UUID', { memberId: command.memberId });
  const ruleId = command.ruleId.trim();
  const reason = command.reason.trim();
  if (!ruleId) throw new SanctionError('RULE_REQUIRED', 'Name the community rule that was broken');
  if (!reason) throw new SanctionError('REASON_REQUIRED', 'Say what the member did');
  if (reason.length > MAX_SANCTION_REASON_LENGTH || ruleId.length > 200) throw new SanctionError('REASON_TOO_LONG', `A reason is at most ${MAX_SANCTION_REASON_LENGTH} characters, a rule id 200`);
  if (command.kind === 'ban') {
    if (command.communityId) throw new SanctionError('COMMUNITY_NOT_ALLOWED', 'A ban covers every community of the tenant');
  } else if (!command.communityId) {
    throw new SanctionError('COMMUNITY_REQUIRED', 'Say which community the sanction applies in');
  } else if (!uuidPattern.test(command.communityId)) {
    throw new SanctionError('ID_INVALID', 'A community id is a UUID', { communityId: command.communityId });
  }
  if (command.kind === 'delete_content' && !command.contentId?.trim()) throw new SanctionError('CONTENT_REQUIRED', 'Say which content to delete');
  if ((command.contentId?.length ?? 0) > 200) throw new SanctionError('ID_INVALID', 'A content id is at most 200 characters');
  if (command.caseId && !uuidPattern.test(command.caseId)) throw new SanctionError('ID_INVALID', 'A review case id is a UUID', { caseId: command.caseId });
  checkMuteDuration(command.kind, command.durationMinutes);
  return { ruleId, reason };
}

const inForce = (record: SanctionRecord, at: number) => record.status === 'active' && (record.expiresAt === undefined || record.expiresAt > at);

function mutedIn(state: MemberSanctionsState, communityId: string | undefined, at: number): boolean {
  return state.sanctions.some((record) => record.kind === 'mute' && record.communityId === communityId && inForce(record, at));
}

function checkAgainstRecord(command: ApplySanction, state: MemberSanctionsState): void {
  const at = command.at.getTime();
  if (state.sanctions.some((record) => record.sanctionId === command.sanctionId)) throw new SanctionError('SANCTION_EXISTS', 'This sanction was applied already');
  if (state.sanctions.some((record) => record.kind === 'ban' && record.status === 'active')) {
    throw new SanctionError('MEMBER_BANNED', 'The member is banned already; lift the ban first');
  }
  if (command.kind === 'mute' && mutedIn(state, command.communityId, at)) throw new SanctionError('ALREADY_MUTED', 'The member is muted in this community already');
}

function applied(data: Omit<SanctionApplied['data'], 'notice'>): SanctionApplied {
  const notice = sanctionNotice({ ...data, expiresAt: data.expiresAt ? new Date(data.expiresAt) : undefined });
  return { type: sanctionEventTypes.applied, data: { ...data, notice } };
}

const muteEnd = (kind: SanctionKind, at: Date, durationMinutes?: number) =>
  kind === 'mute' ? { durationMinutes, expiresAt: new Date(at.getTime() + durationMinutes! * 60_000).toISOString() } : {};

/**
 * Counts the sanctions of the step's kind in the window in this community (lifted ones don't
 * count), from after the last time this step fired, so one streak escalates once.
 */
function dueEscalation(step: EscalationStep, state: MemberSanctionsState, communityId: string | undefined, at: number): boolean {
  const sameCommunity = state.sanctions.filter((record) => record.communityId === communityId);
  const lastFired = Math.max(-Infinity, ...sameCommunity.filter((record) => record.escalatedFrom === step.ofKind).map((record) => record.appliedAt));
  const windowStart = Math.max(at - step.withinDays * dayMs, lastFired);
  const counted = sameCommunity.filter((record) => record.kind === step.ofKind && record.status !== 'lifted' && record.appliedAt > windowStart);
  return counted.length >= step.count;
}

function escalation(command: ApplySanction, state: MemberSanctionsState): SanctionApplied[] {
  const step = command.policy.steps.find((candidate) => candidate.ofKind === command.kind);
  const at = command.at.getTime();
  if (!step || !dueEscalation(step, state, command.communityId, at)) return [];
  const kind = step.then.kind;
  if (kind === 'mute' && mutedIn(state, command.communityId, at)) return [];
  return [
    applied({
      sanctionId: command.escalationSanctionId,
      memberId: command.memberId,
      kind,
      ...(kind === 'ban' ? {} : { communityId: command.communityId }),
      ...muteEnd(kind, command.at, step.then.durationMinutes),
      ruleId: command.ruleId.trim(),
      reason: command.reason.trim(),
      appliedBy: escalationActor,
      appliedAt: command.at.toISOString(),
      ...(command.caseId ? { caseId: command.caseId } : {}),
      escalation: { policyVersion: command.policy.version, afterCount: step.count, ofKind: step.ofKind, withinDays: step.withinDays },
    }),
  ];
}

function apply(command: ApplySanction, state: MemberSanctionsState): SanctionEvent[] {
  const { ruleId, reason } = checkApplication(command);
  checkAgainstRecord(command, state);
  const sanction = applied({
    sanctionId: command.sanctionId,
    memberId: command.memberId,
    kind: command.kind,
    ...(command.communityId ? { communityId: command.communityId } : {}),
    ...(command.kind === 'delete_content' ? { contentId: command.contentId!.trim() } : {}),
    ...muteEnd(command.kind, command.at, command.durationMinutes),
    ruleId,
    reason,
    appliedBy: command.by.actor,
    appliedAt: command.at.toISOString(),
    ...(command.caseId ? { caseId: command.caseId } : {}),
  });
  return [sanction, ...escalation(command, evolve(state, sanction))];
}

function lift(command: LiftSanction, state: MemberSanctionsState): SanctionEvent[] {
  const record = state.sanctions.find((candidate) => candidate.sanctionId === command.sanctionId);
  if (!record) throw new SanctionError('SANCTION_NOT_FOUND', 'No such sanction', { sanctionId: command.sanctionId });
  if (record.status === 'lifted') throw new SanctionError('SANCTION_ALREADY_LIFTED', 'This sanction was lifted already');
  const reason = command.reason.trim();
  if (!reason) throw new SanctionError('REASON_REQUIRED', 'Say why the sanction is lifted');
  if (reason.length > MAX_SANCTION_REASON_LENGTH) throw new SanctionError('REASON_TOO_LONG', `A reason is at most ${MAX_SANCTION_REASON_LENGTH} characters`);
  return [
    {
      type: sanctionEventTypes.lifted,
      data: {
        sanctionId: record.sanctionId,
        memberId: command.memberId,
        kind: record.kind,
        ...(record.communityId ? { communityId: record.communityId } : {}),
        reason,
        liftedBy: command.by,
        ...(command.appealId ? { appealId: command.appealId } : {}),
      },
    },
  ];
}

/** The mutes whose time is up at `now`, as expiry events: pure, so the scheduler's clock decides what "now" is. */
export function expireDue(state: MemberSanctionsState, memberId: string, now: Date): SanctionEvent[] {
  return state.sanctions
    .filter((record) => record.kind === 'mute' && record.status === 'active' && record.expiresAt !== undefined && record.expiresAt <= now.getTime())
    .map((record) => ({
      type: sanctionEventTypes.expired,
      data: { sanctionId: record.sanctionId, memberId, communityId: record.communityId!, expiredAt: new Date(record.expiresAt!).toISOString() },
    }));
}

function setStatus(state: MemberSanctionsState, sanctionId: string, status: SanctionRecord['status']): MemberSanctionsState {
  return { sanctions: state.sanctions.map((record) => (record.sanctionId === sanctionId ? { ...record, status } : record)) };
}

function evolve(state: MemberSanctionsState, event: SanctionEvent): MemberSanctionsState {
  switch (event.type) {
    case sanctionEventTypes.applied: {
      const { sanctionId, kind, communityId, appliedAt, expiresAt, escalation } = event.data;
      const record: SanctionRecord = {
        sanctionId,
        kind,
        communityId,
        appliedAt: Date.parse(appliedAt),
        expiresAt: expiresAt ? Date.parse(expiresAt) : undefined,
        status: 'active',
        escalatedFrom: escalation?.ofKind,
      };
      return { sanctions: [...state.sanctions, record] };
    }
    case sanctionEventTypes.lifted:
      return setStatus(state, event.data.sanctionId, 'lifted');
    case sanctionEventTypes.expired:
      return setStatus(state, event.data.sanctionId, 'expired');
  }
}

export const memberSanctionsDecider: Decider<MemberSanctionsCommand, SanctionEvent, MemberSanctionsState> = {
  initialState: () => ({ sanctions: [] }),
  decide(command, state) {
    switch (command.type) {
      case 'ApplySanction':
        return apply(command, state);
      case 'LiftSanction':
        return lift(command, state);
      case 'ExpireDueMutes':
        return expireDue(state, command.memberId, command.now);
    }
  },
  evolve,
};
