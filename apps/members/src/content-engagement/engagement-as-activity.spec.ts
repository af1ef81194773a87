import { engagementSignalKinds } from '@groundswell/events';
import { activityKindOfSignal } from './engagement-as-activity';

describe('activityKindOfSignal', () => {
  it('should count what the member did, and not what the feed showed them', () => {
    expect(engagementSignalKinds.filter((kind) => activityKindOfSignal[kind] === undefined)).toEqual(['impression', 'video_play_started']);
    expect([activityKindOfSignal.like, activityKindOfSignal.vote, activityKindOfSignal.comment, activityKindOfSignal.repost, activityKindOfSignal.view]).toEqual(['reaction', 'reaction', 'comment', 'share', 'content_view']);
  });
});
