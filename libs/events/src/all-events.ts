import type { AnyEventDefinition } from './contracts/event-definition';
import { EventRegistry } from './contracts/event-registry';
import { activityEvents } from './activity/member-activity-recorded.v1';
import { campaignEvents } from './campaigns/campaign-events';
import { contentCalendarEvents } from './content/calendar-events';
import { contentItemEvents } from './content/content-item-events';
import { engagementEvents } from './content/engagement-events';
import { ugcEvents } from './content/ugc-events';
import { contentConnectorEvents } from './connector/content-connector-events';
import { moderationConnectorEvents } from './connector/moderation-connector-events';
import { gatewayEvents } from './gateway/mutation-audited.v1';
import { memberEvents } from './members';
import { moderationCaseworkEvents, moderationScreeningEvents } from './moderation';
import { crisisAlertEvents } from './moderation/crisis-events';
import { partnerConversionEvents } from './partner/partner-conversion-events';
import { partnerMemberEvents } from './partner/partner-member-events';

/** Every event definition of every service, every version. */
export function allEventDefinitions() {
  return [...memberEvents, ...activityEvents, ...partnerMemberEvents, ...partnerConversionEvents, ...gatewayEvents, ...moderationCaseworkEvents, ...moderationScreeningEvents, ...crisisAlertEvents, ...campaignEvents, ...moderationConnectorEvents, ...contentItemEvents, ...contentCalendarEvents, ...contentConnectorEvents, ...ugcEvents, ...engagementEvents] satisfies AnyEventDefinition[];
}

/** A fresh registry of every event definition; what a Groundswell consumer decodes with. */
export function createEventRegistry() {
  return new EventRegistry(allEventDefinitions());
}
