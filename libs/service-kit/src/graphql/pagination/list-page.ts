import { toConnection, type Connection } from './connection';
import { decodeCursor, encodeCursor, forgedCursor } from './cursor';
import { pageSize } from './page-args';

/**
 * One page of a short list held in memory (a catalogue fixed in code, say), in the list's order.
 * The cursor is the key of the last item seen, so `keyOf` must be unique within the list.
 */
export function pageOfList<T>(items: readonly T[], keyOf: (item: T) => string, first?: number, after?: string): Connection<T> {
  const size = pageSize(first);
  let start = 0;
  if (after) {
    const [key] = decodeCursor(after, ['key']);
    start = items.findIndex((item) => keyOf(item) === key) + 1;
    if (start === 0) throw forgedCursor(after);
  }
  return toConnection(items.slice(start, start + size + 1), size, items.length, (item) => encodeCursor([keyOf(item)]), (item) => item);
}
