import { joinsInOrder, type DemoJoin, type DemoPerson } from '../demo-data.ts';
import { joinMutation } from '../demo-operations.ts';
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

/**
 * Sends joins, recording each new member's id in `load.memberIds`. A referral waits until its
 * referrer's first join has finished, however it went, so the referrer's member id is known.
 */
export function createJoiner(load: DemoLoad) {
  const { data, request, communityIds, memberIds } = load;
  const firstJoinDone = new Map<number, { promise: Promise<void>; settle: () => void }>();
  for (const person of data.people) {
    let settle!: () => void;
    firstJoinDone.set(person.index, { promise: new Promise<void>((resolve) => (settle = resolve)), settle });
  }
  const counts: JoinCounts = { sent: 0, newMembers: 0, repeats: 0, failed: 0 };
  const failures: string[] = [];

  async function join({ person, join }: PersonJoin): Promise<void> {
    const community = data.communities.find((each) => each.key === join.community)!;
    const first = person.joins[0] === join;
    try {
      // The referrer joined this community earlier in the story, so their first join was sent before this one.
      if (join.referrer !== undefined) await firstJoinDone.get(join.referrer)!.promise;
      const referrerMemberId = join.referrer === undefined ? undefined : memberIds.get(join.referrer);
      // A second join names only the phone, as a second platform would know it: it attaches to the same member.
      const input = {
        communityId: communityIds[join.community],
        identities: (first ? person.identities : person.identities.slice(0, 1)).map(({ kind, value }) => ({ kind, value })),
        displayName: person.displayName,
        channel: join.channel,
        // An import: the join is recorded at its date in the story, not at load time.
        joinedAt: join.joinedAt.toISOString(),
        ...(referrerMemberId ? { referrerMemberId } : {}),
      };
      counts.sent += 1;
      const result = await request<{ joinCommunity: { member: { id: string }; newMember: boolean } }>(joinMutation, {
        input,
        key: `demo-join-${data.seed}-${person.index}-${community.key}`,
      });
      if (result.data) {
        if (result.data.joinCommunity.newMember) counts.newMembers += 1;
        memberIds.set(person.index, result.data.joinCommunity.member.id);
      } else if (result.errors?.[0]?.extensions?.reason === 'ALREADY_MEMBER') {
        // Joined before without this loader's idempotency key: done, though the member id stays unknown
        // unless another join of theirs tells it (otherwise their activity here is skipped).
        counts.repeats += 1;
      } else {
        counts.failed += 1;
        if (failures.length < 5) failures.push(`${community.name} #${person.index}: ${errorMessages(result.errors)}`);
      }
    } finally {
      if (first) firstJoinDone.get(person.index)!.settle();
    }
  }

  return { join, counts, failures };
}

/** Sends `queue` in story order, `load.concurrency` at a time, logging progress every few seconds. */
export async function joinAll(load: DemoLoad, join: (each: PersonJoin) => Promise<void>, queue: PersonJoin[]): Promise<void> {
  const started = Date.now();
  let next = 0;
  let done = 0;
  let lastProgress = Date.now();
  await Promise.all(
    Array.from({ length: Math.min(load.concurrency, queue.length) }, async () => {
      while (next < queue.length) {
        await join(queue[next++]);
        done += 1;
        if (Date.now() - lastProgress > 5_000 || done === queue.length) {
          lastProgress = Date.now();
          load.log(`demo: joins ${done}/${queue.length + 1} (${Math.round(done / ((Date.now() - started) / 1000))}/s)`);
        }
      }
    }),
  );
}

/** Every join but the sentinel's, in story order. */
export function joinsBefore(load: DemoLoad, sentinel: PersonJoin): PersonJoin[] {
  return joinsInOrder(load.data).filter((each) => each.join !== sentinel.join);
}
