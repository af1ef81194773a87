import type { Decider } from '@groundswell/event-store';
import { BadgeDefinedV1, GrowthLevelsDefinedV1, PointsExpiryPolicySetV1, type Actor } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { operatorsOnly, requireActor } from '../shared/actor-policy';
import { domainEvent, type DomainEventOf } from '../shared/domain-event';
import { toInstant } from '../shared/instant';
import { optionalText, requireText } from '../shared/text';
import type { PointsExpiryPolicy } from './expiry-policy';
import { checkLevelTable, type LevelTable } from './growth-levels';

/** A tenant's points programme: its one stream, on the points topic (no member id, so member consumers skip it). */
export const pointsProgrammeStream = { streamId: 'points-programme', streamType: 'points' } as const;

export type PointsProgrammeCommand =
  | { type: 'SetPointsExpiryPolicy'; policy: PointsExpiryPolicy; by: Actor; at: Date }
  | { type: 'DefineGrowthLevels'; levels: LevelTable['levels']; by: Actor; at: Date }
  | { type: 'DefineBadge'; badgeId: string; name: string; description?: string; by: Actor; at: Date };

export type PointsProgrammeEvent = DomainEventOf<typeof PointsExpiryPolicySetV1 | typeof GrowthLevelsDefinedV1 | typeof BadgeDefinedV1>;

export interface BadgeDefinition {
  name: string;
  description?: string;
}

export interface PointsProgrammeState {
  expiryPolicy: PointsExpiryPolicy;
  levels?: LevelTable;
  badges: Record<string, BadgeDefinition>;
}

const badgeIdPattern = /^[a-z0-9][a-z0-9_-]{0,99}$/;

export function checkExpiryPolicy(policy: PointsExpiryPolicy): PointsExpiryPolicy {
  const invalid = (message: string) => new MemberDomainError('INVALID_EXPIRY_POLICY', message, { policy });
  switch (policy.kind) {
    case 'never':
      return { kind: 'never' };
    case 'months_after_earning':
      if (!Number.isInteger(policy.months) || policy.months < 1 || policy.months > 120) throw invalid('Points expire 1 to 120 months after earning');
      return { kind: policy.kind, months: policy.months };
    case 'end_of_year':
      if (!Number.isInteger(policy.yearsAfter) || policy.yearsAfter < 0 || policy.yearsAfter > 10) throw invalid('yearsAfter is 0 to 10');
      if (!Number.isInteger(policy.utcOffsetMinutes) || Math.abs(policy.utcOffsetMinutes) > 14 * 60) throw invalid('utcOffsetMinutes must be within ±14 hours');
      return { kind: policy.kind, yearsAfter: policy.yearsAfter, utcOffsetMinutes: policy.utcOffsetMinutes };
    default:
      throw invalid('Unknown expiry policy');
  }
}

/** A badge can only be awarded once the tenant defined it. */
export function requireDefinedBadge(state: PointsProgrammeState, badgeId: string): BadgeDefinition {
  const badge = state.badges[badgeId];
  if (!badge) throw new MemberDomainError('BADGE_NOT_DEFINED', `No badge "${badgeId}" is defined`, { badgeId });
  return badge;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Settings that shape every points account of a tenant. Each change applies from then on: points
 * already earned keep the expiry they were given, levels move on the member's next growth.
 * Repeating the current setting is a no-op.
 */
export const pointsProgrammeDecider: Decider<PointsProgrammeCommand, PointsProgrammeEvent, PointsProgrammeState> = {
  initialState: () => ({ expiryPolicy: { kind: 'never' }, badges: {} }),
  evolve(state, event) {
    switch (event.type) {
      case PointsExpiryPolicySetV1.type:
        return { ...state, expiryPolicy: event.data.policy };
      case GrowthLevelsDefinedV1.type:
        return { ...state, levels: { version: event.data.version, levels: event.data.levels } };
      case BadgeDefinedV1.type: {
        const { badgeId, name, description } = event.data;
        return { ...state, badges: { ...state.badges, [badgeId]: { name, ...(description ? { description } : {}) } } };
      }
    }
  },
  decide(command, state) {
    requireActor(command.by, operatorsOnly, 'change the points programme');
    const at = toInstant(command.at);
    switch (command.type) {
      case 'SetPointsExpiryPolicy': {
        const policy = checkExpiryPolicy(command.policy);
        if (sameJson(policy, state.expiryPolicy)) return [];
        return [domainEvent(PointsExpiryPolicySetV1, { policy, setBy: command.by, setAt: at })];
      }
      case 'DefineGrowthLevels': {
        const version = (state.levels?.version ?? 0) + 1;
        const levels = checkLevelTable({ version, levels: command.levels.map(({ level, minGrowth }) => ({ level, minGrowth })) }).levels;
        if (state.levels && sameJson(levels, state.levels.levels)) return [];
        return [domainEvent(GrowthLevelsDefinedV1, { version, levels, definedBy: command.by, definedAt: at })];
      }
      case 'DefineBadge': {
        if (!badgeIdPattern.test(command.badgeId)) throw new MemberDomainError('INVALID_BADGE', 'A badge id is 1–100 of [a-z0-9_-]', { badgeId: command.badgeId });
        const name = requireText(command.name, 100, 'INVALID_BADGE', 'name');
        const description = optionalText(command.description, 500, 'INVALID_BADGE', 'description');
        const current = state.badges[command.badgeId];
        if (current && current.name === name && current.description === description) return [];
        return [domainEvent(BadgeDefinedV1, { badgeId: command.badgeId, name, description, definedBy: command.by, definedAt: at })];
      }
    }
  },
};
