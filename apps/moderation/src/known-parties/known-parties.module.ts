import { Module } from '@nestjs/common';
import { KnownParties } from './known-parties';
import { KnownPartiesConsumer } from './known-parties.consumer';

@Module({ providers: [KnownParties, KnownPartiesConsumer], exports: [KnownParties] })
export class KnownPartiesModule {}
