import type { ContestStanding } from './contest.events';

export interface JudgedEntry {
  entryId: string;
  memberId: string;
  /** Each judge's score of the entry. */
  scores: readonly number[];
}

/**
 * Standings by mean score, highest first; entries with equal means share a rank and the next rank
 * skips (1, 1, 3). Means are compared exactly (cross-multiplied), rounded only for display; among
 * equals, more judges then the entry id order the list so it never depends on arrival.
 */
export function rankEntries(entries: readonly JudgedEntry[]): ContestStanding[] {
  const totals = entries.map((entry) => ({ ...entry, sum: entry.scores.reduce((total, score) => total + score, 0), count: entry.scores.length }));
  const compareMeans = (a: (typeof totals)[number], b: (typeof totals)[number]) => b.sum * a.count - a.sum * b.count;
  const ordered = [...totals].sort((a, b) => compareMeans(a, b) || b.count - a.count || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
  return ordered.map((entry, index) => {
    const firstEqual = ordered.findIndex((other) => compareMeans(other, entry) === 0);
    return { rank: (firstEqual === -1 ? index : firstEqual) + 1, entryId: entry.entryId, memberId: entry.memberId, averageScore: Math.round((entry.sum / entry.count) * 100) / 100, judgeCount: entry.count };
  });
}
