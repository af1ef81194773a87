import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { LoadShedder } from './load-shedder';
import { OverloadMiddleware } from './overload.middleware';

/** Load shedding for every route a client calls; health and metrics stay answerable under any load. */
@Module({ providers: [LoadShedder] })
export class OverloadModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(OverloadMiddleware).forRoutes('graphql', 'webhooks/*path');
  }
}
