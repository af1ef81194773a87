import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { CalendarQueries } from './calendar.queries';
import { contentPlanProjections } from './content-plan.projection';
import { CalendarResolver } from './graphql/calendar.resolver';
import { RemoveContentPlanUseCase } from './use-cases/remove-content-plan.use-case';
import { SetContentPlanUseCase } from './use-cases/set-content-plan.use-case';

@Module({
  providers: [eventStoreProvider(contentPlanProjections), CalendarQueries, CalendarResolver, SetContentPlanUseCase, RemoveContentPlanUseCase],
})
export class CalendarModule {}
