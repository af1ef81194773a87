import { CommunityCreatedV1, CommunityGoalsSetV1, CommunityProfileUpdatedV1, CommunityStageChangedV1, CommunityStatusChangedV1, type CommunityGoal, type CommunityStage, type CommunityStatus, type Platform } from '@groundswell/events';
import type { DomainEventOf } from '../shared/domain-event';
import type { CommunityProfileInput } from './community.commands';

export type CommunityEvent = DomainEventOf<
  | typeof CommunityCreatedV1
  | typeof CommunityProfileUpdatedV1
  | typeof CommunityStageChangedV1
  | typeof CommunityStatusChangedV1
  | typeof CommunityGoalsSetV1
>;

export interface CommunityState {
  exists: boolean;
  communityId: string;
  name: string;
  platform?: Platform;
  /** Only fields that have a value; a cleared field is absent. */
  profile: CommunityProfileInput;
  stage: CommunityStage;
  status: CommunityStatus;
  goals: CommunityGoal[];
}

export const initialCommunityState = (): CommunityState => ({
  exists: false,
  communityId: '',
  name: '',
  profile: {},
  stage: 'build_up',
  status: 'active',
  goals: [],
});

export function evolveCommunity(state: CommunityState, event: CommunityEvent): CommunityState {
  switch (event.type) {
    case CommunityCreatedV1.type:
      return { ...state, exists: true, communityId: event.data.communityId, name: event.data.name, platform: event.data.platform };
    case CommunityProfileUpdatedV1.type: {
      const { name, ...profileChanges } = event.data.changes;
      const profile: Record<string, unknown> = { ...state.profile };
      for (const [field, value] of Object.entries(profileChanges)) {
        if (value === null) delete profile[field];
        else if (value !== undefined) profile[field] = value;
      }
      return { ...state, name: name ?? state.name, profile };
    }
    case CommunityStageChangedV1.type:
      return { ...state, stage: event.data.to };
    case CommunityStatusChangedV1.type:
      return { ...state, status: event.data.to };
    case CommunityGoalsSetV1.type:
      return { ...state, goals: event.data.goals };
  }
}
