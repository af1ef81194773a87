import { Injectable } from '@nestjs/common';
import { effectiveWatchedWords } from '../watched-words/watched-word';
import { WatchedWordQueries } from '../watched-words/watched-words.queries';
import { compileWatchedList, type CompiledWatchedList } from './matching/compiled-watched-list';

/** Lists kept compiled at once; a tenant with many communities recompiles the least used. */
const MAX_COMPILED_LISTS = 64;

/**
 * The compiled automaton for a tenant (and community) at the list's current version. Compiling a
 * 10,000-entry list takes about a second, so it happens once per version, not per text.
 */
@Injectable()
export class CompiledListCache {
  private readonly lists = new Map<string, Promise<CompiledWatchedList>>();

  constructor(private readonly watchedWords: WatchedWordQueries) {}

  async current(tenantId: string, communityId?: string): Promise<CompiledWatchedList> {
    const version = await this.watchedWords.listVersion(tenantId);
    const key = JSON.stringify([tenantId, communityId ?? null, version]);
    let list = this.lists.get(key);
    if (!list) {
      list = this.compile(tenantId, communityId);
      list.catch(() => this.lists.delete(key));
      this.lists.set(key, list);
      this.evictOldest();
    } else {
      // Re-inserted, so the map's order is least recently used first.
      this.lists.delete(key);
      this.lists.set(key, list);
    }
    return list;
  }

  private async compile(tenantId: string, communityId: string | undefined): Promise<CompiledWatchedList> {
    const { version, entries } = await this.watchedWords.wholeList(tenantId);
    return compileWatchedList(effectiveWatchedWords(entries, communityId), version);
  }

  private evictOldest(): void {
    while (this.lists.size > MAX_COMPILED_LISTS) this.lists.delete(this.lists.keys().next().value!);
  }
}
