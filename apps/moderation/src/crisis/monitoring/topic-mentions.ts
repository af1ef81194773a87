import type { WatchedTopic } from './crisis-thresholds';

/** The watched topics a message mentions: any keyword, compared case-folded and NFKC-normalised. */
export function topicsMentioned(text: string, topics: readonly WatchedTopic[]): string[] {
  const folded = text.normalize('NFKC').toLowerCase();
  return topics
    .filter(({ keywords }) => keywords.some((keyword) => folded.includes(keyword.normalize('NFKC').toLowerCase())))
    .map(({ topic }) => topic);
}
