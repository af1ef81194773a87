import type { Decider } from '@groundswell/event-store';
import { ContributionError } from '../contribution.error';
import { moderationModes, type ModerationMode } from '../contribution.state';

// Kept in the content service's store: nothing outside needs a community's UGC settings.
export const ugcSettingsChangedType = 'groundswell.content.UgcSettingsChanged.v1';

export interface UgcSettings {
  moderation: ModerationMode;
  /** Points an accepted contribution earns its author (CNT-43). */
  rewardPoints: number;
}

/** Until a community is configured: shown at once, screened after (post-moderation), 10 points per accepted contribution. */
export const defaultUgcSettings: UgcSettings = { moderation: 'post', rewardPoints: 10 };
export const MAX_REWARD_POINTS = 10_000;

export type UgcSettingsChanged = { type: typeof ugcSettingsChangedType; data: UgcSettings & { communityId: string; changedBy: string } };

export interface SetUgcSettings {
  type: 'SetUgcSettings';
  communityId: string;
  settings: UgcSettings;
  by: string;
}

export const ugcSettingsStreamType = 'ugc-settings';
export const ugcSettingsStream = (communityId: string) => ({ streamId: `${ugcSettingsStreamType}-${communityId}`, streamType: ugcSettingsStreamType });

export const ugcSettingsDecider: Decider<SetUgcSettings, UgcSettingsChanged, UgcSettings> = {
  initialState: () => defaultUgcSettings,
  evolve: (_state, event) => ({ moderation: event.data.moderation, rewardPoints: event.data.rewardPoints }),
  decide: (command, state) => {
    const { moderation, rewardPoints } = command.settings;
    if (!moderationModes.includes(moderation)) throw new ContributionError('UGC_SETTINGS_INVALID', 'Moderation is pre or post');
    if (!Number.isInteger(rewardPoints) || rewardPoints < 0 || rewardPoints > MAX_REWARD_POINTS) {
      throw new ContributionError('UGC_SETTINGS_INVALID', `Reward points are a whole number of 0–${MAX_REWARD_POINTS}`, { rewardPoints });
    }
    if (moderation === state.moderation && rewardPoints === state.rewardPoints) return [];
    return [{ type: ugcSettingsChangedType, data: { communityId: command.communityId, moderation, rewardPoints, changedBy: command.by } }];
  },
};
