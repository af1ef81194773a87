import type { ProjectionRegistrations } from '@groundswell/event-store';
import { campaignStreamType } from './campaign.events';
import { campaignsProjection } from './campaign.projection';

/** Applied by the event store on every append to a campaign stream. */
export const campaignProjections: ProjectionRegistrations = { [campaignStreamType]: [campaignsProjection] };
