import { aStoredEvent } from '@groundswell/event-store/testing';
import { ConnectorContentPublishedV1, ContentSubmittedV1, ContributionPostedV1, EngagementSignalRecordedV1, requestTopics, ScreeningRequestedV1 } from '@groundswell/events';
import { contentOutboxRoutes } from './content-outbox';

describe('contentOutboxRoutes', () => {
  it('should send screening requests to moderation\'s request topic, whatever stream they were recorded on', () => {
    expect(contentOutboxRoutes(aStoredEvent(ScreeningRequestedV1.type, 'contribution'))).toBe(requestTopics.moderationScreening);
  });

  it('should publish content contract events on their catalogued domain topic', () => {
    expect(contentOutboxRoutes(aStoredEvent(ContributionPostedV1.type, 'contribution'))).toBe('gs.content.contribution');
    expect(contentOutboxRoutes(aStoredEvent(EngagementSignalRecordedV1.type, 'engagement'))).toBe('gs.content.engagement');
    expect(contentOutboxRoutes(aStoredEvent(ContentSubmittedV1.type, 'content-item'))).toBe('gs.content.content-item');
  });

  it('should send a published variant to the content connector topic', () => {
    expect(contentOutboxRoutes(aStoredEvent(ConnectorContentPublishedV1.type, 'content-item'))).toBe('gs.connector.content.v1');
  });

  it('should keep events without a content contract, or on an uncatalogued stream type, in the service', () => {
    expect(contentOutboxRoutes(aStoredEvent('groundswell.content.ContentDraftCreated.v1', 'content-draft'))).toBeUndefined();
    expect(contentOutboxRoutes(aStoredEvent('groundswell.content.UgcSettingsChanged.v1', 'ugc-settings'))).toBeUndefined();
    expect(contentOutboxRoutes(aStoredEvent(ContributionPostedV1.type, 'ugc-settings'))).toBeUndefined();
  });
});
