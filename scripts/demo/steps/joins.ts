import { joinsInOrder, type DemoJoin, type DemoPerson } from '../demo-data.ts';
import { importMutation } from '../demo-operations.ts';
import { errorMessages } from '../graphql-client.ts';
import type { DemoLoad } from './demo-load.ts';

export interface JoinCounts {
  sent: number;
  newMembers: number;
  repeats: number;
  failed: number;
}

export interface PersonJoin {
  person: DemoPerson;
  join: DemoJoin;
}

/** Rows per importMembers call: a few calls for the whole demo, each well inside the gateway's body limit. */
const rowsPerImport = 1_000;

interface ImportResult {
  importMembers: { newMembers: number; alreadyMembers: number; duplicates: number; members: Array<{ row: number; memberId: string }> };
}

/**
 * Imports joins with `importMembers`, in story order and in batches, recording each person's member
 * id in `load.memberIds`. A referral names its referrer by phone: the referrer joined earlier in the
 * story, so they are a member already or in the same batch. Each batch has a fixed batch key, so a
 * resumed load gets the first answer back and imports nothing twice.
 */
export function createImporter(load: DemoLoad) {
  const { data, request, communityIds, memberIds } = load;
  const counts: JoinCounts = { sent: 0, newMembers: 0, repeats: 0, failed: 0 };
  const failures: string[] = [];
  const people = new Map(data.people.map((person) => [person.index, person]));

  const rowOf = ({ person, join }: PersonJoin) => {
    const first = person.joins[0] === join;
    const referrer = join.referrer === undefined ? undefined : people.get(join.referrer)!.identities[0];
    return {
      communityId: communityIds[join.community],
      // A second join names only the phone, as a second platform would know it: it attaches to the same member.
      identities: (first ? person.identities : person.identities.slice(0, 1)).map(({ kind, value }) => ({ kind, value })),
      channel: join.channel,
      // An import: the join is recorded at its date in the story, not at load time.
      joinedAt: join.joinedAt.toISOString(),
      profile: { displayName: person.displayName },
      ...(referrer ? { referrer: { kind: referrer.kind, value: referrer.value } } : {}),
    };
  };

  async function importJoins(queue: readonly PersonJoin[], label: string): Promise<void> {
    const started = Date.now();
    for (let start = 0; start < queue.length; start += rowsPerImport) {
      const batch = queue.slice(start, start + rowsPerImport);
      counts.sent += batch.length;
      const result = await request<ImportResult>(importMutation, {
        input: { batchKey: `demo-import-${data.seed}-${label}-${start}`, rows: batch.map(rowOf) },
      });
      if (!result.data) {
        counts.failed += batch.length;
        if (failures.length < 5) failures.push(`rows ${start + 1}–${start + batch.length}: ${errorMessages(result.errors)}`);
        continue;
      }
      const imported = result.data.importMembers;
      counts.newMembers += imported.newMembers;
      counts.repeats += imported.alreadyMembers + imported.duplicates;
      for (const { row, memberId } of imported.members) memberIds.set(batch[row - 1].person.index, memberId);
      load.log(`demo: joins ${Math.min(start + rowsPerImport, queue.length)}/${queue.length} imported (${Math.round((start + batch.length) / ((Date.now() - started) / 1000))}/s)`);
    }
  }

  return { importJoins, counts, failures };
}

/** Every join but the sentinel's, in story order. */
export function joinsBefore(load: DemoLoad, sentinel: PersonJoin): PersonJoin[] {
  return joinsInOrder(load.data).filter((each) => each.join !== sentinel.join);
}
