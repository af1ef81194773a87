import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { KpiModule } from './graphql/kpi.module';
import { IngestModule } from './ingest/ingest.module';
import { PostingSlotsModule } from './posting-slots/posting-slots.module';
import { RebuildModule } from './rebuild/graphql/rebuild.module';

export const analyticsApplication: ServiceApplicationOptions = {
  features: [IngestModule, KpiModule, RebuildModule, PostingSlotsModule],
};
