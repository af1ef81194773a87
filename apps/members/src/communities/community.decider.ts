import { CommunityCreatedV1, CommunityGoalsSetV1, CommunityProfileUpdatedV1, CommunityStageChangedV1, CommunityStatusChangedV1, communityStageSchema } from '@groundswell/events';
import type { Decider } from '@groundswell/event-store';
import { MemberDomainError } from '../shared/member-domain.error';
import { operatorsAndAutomation, requireActor } from '../shared/actor-policy';
import { domainEvent } from '../shared/domain-event';
import { toInstant } from '../shared/instant';
import { optionalText, requireText } from '../shared/text';
import type { CommunityCommand } from './community.commands';
import { checkCommunityGoals } from './community-goals.rules';
import { changedProfileFields, normaliseCommunityProfile } from './community-profile.rules';
import { evolveCommunity, initialCommunityState, type CommunityEvent, type CommunityState } from './community.state';

const stages = communityStageSchema.options;

/**
 * A community: profile, goals, maturity stage and status. Stages advance one step at a time
 * (build_up → deepening → expansion); any other move is a correction and must give a reason, so
 * stage-duration KPIs can tell real progress from fixes. Archived is final: the record stays for
 * history and KPIs, but nothing about it changes any more.
 */
export const communityDecider: Decider<CommunityCommand, CommunityEvent, CommunityState> = {
  initialState: initialCommunityState,
  evolve: evolveCommunity,
  decide(command, state) {
    requireActor(command.by, operatorsAndAutomation, 'manage communities');
    if (command.type === 'CreateCommunity') return create(command, state);
    if (!state.exists) throw new MemberDomainError('COMMUNITY_NOT_FOUND', 'No such community');
    if (state.status === 'archived') {
      throw new MemberDomainError('COMMUNITY_ARCHIVED', 'An archived community cannot change', { communityId: state.communityId });
    }
    const { communityId } = state;
    switch (command.type) {
      case 'UpdateCommunityProfile': {
        const changes = changedProfileFields(state, normaliseCommunityProfile(command.changes));
        if (Object.keys(changes).length === 0) return [];
        return [domainEvent(CommunityProfileUpdatedV1, { communityId, changes, updatedBy: command.by })];
      }
      case 'ChangeCommunityStage': {
        if (command.to === state.stage) return [];
        const correction = stages.indexOf(command.to) !== stages.indexOf(state.stage) + 1;
        const reason = correction
          ? requireText(command.reason, 500, 'REASON_REQUIRED', 'reason')
          : optionalText(command.reason, 500, 'REASON_REQUIRED', 'reason');
        const changedAt = toInstant(command.at);
        const data = { communityId, from: state.stage, to: command.to, correction, reason, changedBy: command.by, changedAt };
        return [domainEvent(CommunityStageChangedV1, data)];
      }
      case 'ChangeCommunityStatus': {
        if (command.to === state.status) return [];
        const reason =
          command.to === 'archived'
            ? requireText(command.reason, 500, 'REASON_REQUIRED', 'reason')
            : optionalText(command.reason, 500, 'REASON_REQUIRED', 'reason');
        const changedAt = toInstant(command.at);
        const data = { communityId, from: state.status, to: command.to, reason, changedBy: command.by, changedAt };
        return [domainEvent(CommunityStatusChangedV1, data)];
      }
      case 'SetCommunityGoals': {
        const goals = checkCommunityGoals(command.goals);
        if (JSON.stringify(goals) === JSON.stringify(state.goals)) return [];
        return [domainEvent(CommunityGoalsSetV1, { communityId, goals, setBy: command.by })];
      }
    }
  },
};

function create(command: Extract<CommunityCommand, { type: 'CreateCommunity' }>, state: CommunityState): CommunityEvent[] {
  if (state.exists) {
    throw new MemberDomainError('COMMUNITY_ALREADY_EXISTS', 'The community exists already', { communityId: state.communityId });
  }
  const name = requireText(command.name, 100, 'INVALID_COMMUNITY_PROFILE', 'name');
  const externalId = optionalText(command.externalId, 200, 'INVALID_COMMUNITY_PROFILE', 'externalId');
  const { communityId, platform } = command;
  const created = domainEvent(CommunityCreatedV1, { communityId, name, platform, externalId });
  const profile = Object.fromEntries(
    Object.entries(normaliseCommunityProfile(command.profile ?? {})).filter(([, value]) => value !== null && value !== undefined),
  );
  if (Object.keys(profile).length === 0) return [created];
  return [created, domainEvent(CommunityProfileUpdatedV1, { communityId, changes: profile, updatedBy: command.by })];
}
