import type { Actor, CommunityGoal, CommunityProfileChanges, CommunityStage, CommunityStatus, Platform } from '@groundswell/events';

export type CommunityProfileInput = Omit<CommunityProfileChanges, 'name'>;

export type CommunityCommand =
  | {
      type: 'CreateCommunity';
      communityId: string;
      name: string;
      platform: Platform;
      externalId?: string;
      profile?: CommunityProfileInput;
      by: Actor;
    }
  | { type: 'UpdateCommunityProfile'; changes: CommunityProfileChanges; by: Actor }
  | { type: 'ChangeCommunityStage'; to: CommunityStage; reason?: string; by: Actor; at: Date }
  | { type: 'ChangeCommunityStatus'; to: CommunityStatus; reason?: string; by: Actor; at: Date }
  | { type: 'SetCommunityGoals'; goals: CommunityGoal[]; by: Actor };
