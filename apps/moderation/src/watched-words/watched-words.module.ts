import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { WatchedWordResolver } from './graphql/watched-word.resolver';
import { ChangeWatchedWordsUseCase } from './use-cases/change-watched-words.use-case';
import { ImportWatchedWordsUseCase } from './use-cases/import-watched-words.use-case';
import { watchedWordProjections } from './watched-words.projection';
import { WatchedWordQueries } from './watched-words.queries';
import { KnownPartiesModule } from '../known-parties/known-parties.module';

@Module({
  imports: [KnownPartiesModule],
  providers: [eventStoreProvider(watchedWordProjections), WatchedWordQueries, WatchedWordResolver, ChangeWatchedWordsUseCase, ImportWatchedWordsUseCase],
  exports: [WatchedWordQueries],
})
export class WatchedWordsModule {}
