import { randomUUID } from 'node:crypto';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, mapConnection, PageArgs, RequirePermissions } from '@groundswell/service-kit';
import { exportWatchedWordsCsv } from '../watched-words.csv';
import { WatchedWordsError } from '../watched-words.error';
import { WatchedWordQueries } from '../watched-words.queries';
import { ChangeWatchedWordsUseCase } from '../use-cases/change-watched-words.use-case';
import { ImportWatchedWordsUseCase } from '../use-cases/import-watched-words.use-case';
import { AddWatchedWordInput, ImportWatchedWordsInput, ImportWatchedWordsPayload, RemoveWatchedWordInput, RemoveWatchedWordPayload, UpdateWatchedWordInput, WatchedWordConnection, WatchedWordPayload, WatchedWordType, watchedWordView } from './watched-word.types';

@Resolver(() => WatchedWordType)
export class WatchedWordResolver {
  constructor(
    private readonly queries: WatchedWordQueries,
    private readonly changeWatchedWords: ChangeWatchedWordsUseCase,
    private readonly importWatchedWordsUseCase: ImportWatchedWordsUseCase,
  ) {}

  @Query(() => WatchedWordConnection, { description: 'Your tenant\'s watched words (敏感词), community entries included, newest first' })
  @RequirePermissions('moderation:review')
  async watchedWords(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return mapConnection(await this.queries.watchedWords(identity.tenant, page.first, page.after), watchedWordView);
  }

  @Query(() => WatchedWordType, { nullable: true })
  @RequirePermissions('moderation:review')
  async watchedWord(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    const record = await this.queries.watchedWord(identity.tenant, id);
    return record && watchedWordView(record);
  }

  @Query(() => String, { description: 'The whole list as UTF-8 CSV (with BOM, for Excel), in the columns `importWatchedWords` reads' })
  @RequirePermissions('moderation:review')
  async watchedWordsCsv(@CurrentIdentity() identity: Identity): Promise<string> {
    return exportWatchedWordsCsv((await this.queries.wholeList(identity.tenant)).entries);
  }

  @Mutation(() => WatchedWordPayload)
  @RequirePermissions('moderation:manage-rules')
  async addWatchedWord(@CurrentIdentity() identity: Identity, @Args('input') input: AddWatchedWordInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    const entryId = await this.changeWatchedWords.execute(identity, { type: 'AddWatchedWord', entryId: randomUUID(), input: { ...input } }, idempotencyKey);
    return { watchedWord: await this.readBack(identity, entryId!) };
  }

  @Mutation(() => WatchedWordPayload)
  @RequirePermissions('moderation:manage-rules')
  async updateWatchedWord(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateWatchedWordInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    const { id, ...changes } = input;
    await this.changeWatchedWords.execute(identity, { type: 'UpdateWatchedWord', entryId: id, changes }, idempotencyKey);
    return { watchedWord: await this.readBack(identity, id) };
  }

  @Mutation(() => RemoveWatchedWordPayload)
  @RequirePermissions('moderation:manage-rules')
  async removeWatchedWord(@CurrentIdentity() identity: Identity, @Args('input') input: RemoveWatchedWordInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.changeWatchedWords.execute(identity, { type: 'RemoveWatchedWord', entryId: input.id }, idempotencyKey);
    return { id: input.id };
  }

  @Mutation(() => ImportWatchedWordsPayload, { description: 'Adds the CSV\'s new patterns and updates the ones already listed; all rows or none' })
  @RequirePermissions('moderation:manage-rules')
  async importWatchedWords(@CurrentIdentity() identity: Identity, @Args('input') input: ImportWatchedWordsInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.importWatchedWordsUseCase.execute(identity, input.csv, idempotencyKey);
    const list = await this.queries.wholeList(identity.tenant);
    return { listVersion: list.version, totalCount: list.entries.length };
  }

  private async readBack(identity: Identity, entryId: string) {
    const record = await this.queries.watchedWord(identity.tenant, entryId);
    if (!record) throw new WatchedWordsError('ENTRY_NOT_FOUND', 'No such watched word', { entryId });
    return watchedWordView(record);
  }
}
