import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { ContentDraftsModule } from './content-drafts/content-drafts.module';

export const contentApplication: ServiceApplicationOptions = {
  features: [ContentDraftsModule],
};
