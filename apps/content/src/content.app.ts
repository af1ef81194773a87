import { OutboxRelayModule } from '@groundswell/event-store';
import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { EngagementModule } from './engagement/engagement.module';
import { contentOutboxRoutes } from './outbox/content-outbox';
import { UgcModule } from './ugc/ugc.module';
import { ContentItemsModule } from './content-items/content-items.module';
import { CalendarModule } from './calendar/calendar.module';
import { OriginalityModule } from './originality/originality.module';

export const contentApplication: ServiceApplicationOptions = {
  features: [ContentItemsModule, CalendarModule, OriginalityModule, UgcModule, EngagementModule, OutboxRelayModule.routing(contentOutboxRoutes)],
};
