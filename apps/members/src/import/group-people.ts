import type { PreparedRow } from './import-row';

/** A row with the blind-index hashes (hex) of its identities, position for position, and of its referrer. */
export interface HashedRow extends PreparedRow {
  hashes: string[];
  referrerHash?: string;
}

/** One person of the import: every row sharing an identity with another, and the member they already are, if any. */
export interface PersonRows {
  rows: HashedRow[];
  knownMemberId?: string;
}

/** Why a row was refused, for the operator to fix in their file. */
export interface RowError {
  row: number;
  code: string;
  message: string;
  field?: string;
}

/**
 * Identity resolution for a whole import: rows sharing any identity are one person (transitively,
 * as single joins would attach each later row to the member the first created), and a person
 * whose identities name an existing member is that member. Identities of two different members in
 * one person is the single join's IDENTITY_ID_CONFLICT, on every row involved.
 */
export function groupPeople(rows: readonly HashedRow[], known: ReadonlyMap<string, string>): { people: PersonRows[]; errors: RowError[] } {
  const parent = rows.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]];
    return index;
  };
  const firstRowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    for (const hash of row.hashes) {
      const first = firstRowOf.get(hash);
      if (first === undefined) firstRowOf.set(hash, index);
      else parent[root(index)] = root(first);
    }
  });
  const groups = new Map<number, HashedRow[]>();
  rows.forEach((row, index) => {
    const group = groups.get(root(index)) ?? [];
    groups.set(root(index), group);
    group.push(row);
  });
  const people: PersonRows[] = [];
  const errors: RowError[] = [];
  for (const group of groups.values()) {
    const members = new Set(group.flatMap((row) => row.hashes.flatMap((hash) => known.get(hash) ?? [])));
    if (members.size > 1) {
      for (const { row } of group) {
        errors.push({ row, code: 'IDENTITY_ID_CONFLICT', message: 'These identities belong to different members; merge them first', field: 'identities' });
      }
      continue;
    }
    people.push({ rows: group, knownMemberId: [...members][0] });
  }
  return { people, errors };
}
