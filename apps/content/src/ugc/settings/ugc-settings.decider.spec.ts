import { deciderSpec } from '@groundswell/event-store/testing';
import { ContributionError } from '../contribution.error';
import { ugcSettingsChangedType, ugcSettingsDecider, type SetUgcSettings, type UgcSettingsChanged } from './ugc-settings.decider';

const communityId = '0190c2f8-0000-7000-8000-00000000c001';
const set = (moderation: 'pre' | 'post', rewardPoints: number): SetUgcSettings => ({ type: 'SetUgcSettings', communityId, settings: { moderation, rewardPoints }, by: 'u-manager' });
const changed = (moderation: 'pre' | 'post', rewardPoints: number): UgcSettingsChanged => ({ type: ugcSettingsChangedType, data: { communityId, moderation, rewardPoints, changedBy: 'u-manager' } });

describe('ugcSettingsDecider', () => {
  const spec = deciderSpec(ugcSettingsDecider);

  it('should switch a community to pre-moderation with its reward', () => {
    spec.given([]).when(set('pre', 20)).then([changed('pre', 20)]);
  });

  it('should change nothing when the settings are the current ones', () => {
    spec.given([]).when(set('post', 10)).then([]);
    spec.given([changed('pre', 20)]).when(set('pre', 20)).then([]);
  });

  it('should refuse an unknown mode and reward points out of range', () => {
    spec.given([]).when({ ...set('pre', 5), settings: { moderation: 'never' as 'pre', rewardPoints: 5 } }).thenThrows(ContributionError, 'UGC_SETTINGS_INVALID');
    spec.given([]).when(set('pre', -1)).thenThrows(ContributionError, 'UGC_SETTINGS_INVALID');
    spec.given([]).when(set('pre', 1.5)).thenThrows(ContributionError, 'UGC_SETTINGS_INVALID');
  });
});
