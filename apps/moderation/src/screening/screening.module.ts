import { Module } from '@nestjs/common';
import { WatchedWordsModule } from '../watched-words/watched-words.module';
import { CompiledListCache } from './compiled-list.cache';
import { ScreeningResolver } from './graphql/screening.resolver';
import { ScreenTextUseCase } from './screen-text.use-case';

@Module({
  imports: [WatchedWordsModule],
  providers: [CompiledListCache, ScreenTextUseCase, ScreeningResolver],
  exports: [CompiledListCache],
})
export class ScreeningModule {}
