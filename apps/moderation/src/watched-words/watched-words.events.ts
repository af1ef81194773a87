import type { WatchedWord } from './watched-word';

// Kept in the moderation service's event store; screening compiles the list anew at each version.
export const watchedWordsEventTypes = {
  added: 'groundswell.moderation.WatchedWordAdded.v1',
  updated: 'groundswell.moderation.WatchedWordUpdated.v1',
  removed: 'groundswell.moderation.WatchedWordRemoved.v1',
  imported: 'groundswell.moderation.WatchedWordsImported.v1',
} as const;

export interface WatchedWordAdded {
  type: typeof watchedWordsEventTypes.added;
  data: { entry: WatchedWord; by: string };
}

export interface WatchedWordUpdated {
  type: typeof watchedWordsEventTypes.updated;
  /** The whole entry after the change. */
  data: { entry: WatchedWord; by: string };
}

export interface WatchedWordRemoved {
  type: typeof watchedWordsEventTypes.removed;
  data: { entryId: string; by: string };
}

export interface WatchedWordsImported {
  type: typeof watchedWordsEventTypes.imported;
  /** One event per file, all rows or none; rows equal to an existing entry appear in neither list. */
  data: { added: WatchedWord[]; updated: WatchedWord[]; by: string };
}

export type WatchedWordsEvent = WatchedWordAdded | WatchedWordUpdated | WatchedWordRemoved | WatchedWordsImported;

export const watchedWordsStream = (tenantId: string) => ({ streamId: `watched-words-${tenantId}`, streamType: 'watched-words' });
