// The whole draw, shared by the service and apps/campaigns/scripts/verify-lottery.ts (which Node runs
// directly): erasable TypeScript only, and no imports but packages.
import { createHash } from 'node:crypto';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** Names this exact procedure; a different procedure would get a new name, so old draws still verify. */
export const lotteryDrawAlgorithm = 'sha256-xoroshiro128plus-fisher-yates/v1';

/** A revealed seed: 32 random bytes as 64 lowercase hex digits (e.g. `openssl rand -hex 32`). */
export const lotterySeedPattern = /^[0-9a-f]{64}$/;

export interface DrawPrize {
  prizeId: string;
  quantity: number;
}

export interface DrawWinner {
  rank: number;
  prizeId: string;
  memberId: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** What a lottery publishes before entries close: SHA-256 of the seed's text, as hex. */
export function seedCommitment(seed: string): string {
  return sha256(seed).toString('hex');
}

/** Each member once, in UTF-16 code unit order (JavaScript's default sort), so every verifier lines them up alike. */
export function sortedEntries(memberIds: readonly string[]): string[] {
  return [...new Set(memberIds)].sort();
}

/** SHA-256 of the sorted entries, one per line: a short fingerprint of exactly who was in the draw. */
export function entriesDigest(memberIds: readonly string[]): string {
  return sha256(sortedEntries(memberIds).join('\n')).toString('hex');
}

/** Prize slots in the order the prizes are listed, each repeated by its quantity: slot i goes to the i-th winner. */
function prizeSlots(prizes: readonly DrawPrize[]): string[] {
  return prizes.flatMap((prize) => Array.from({ length: prize.quantity }, () => prize.prizeId));
}

/**
 * The winners of a draw. The generator's 128-bit state is SHA-256("lottery-draw/v1\n" + seed) (its first
 * 16 bytes as four big-endian 32-bit words) - not the commitment itself, which everyone knew beforehand.
 * A partial Fisher-Yates shuffle of the sorted entries, with pure-rand's unbiased `uniformInt`, picks one
 * winner per prize slot: no member wins twice and there are never more winners than prizes.
 */
export function drawWinners(seed: string, memberIds: readonly string[], prizes: readonly DrawPrize[]): DrawWinner[] {
  const state = sha256(`lottery-draw/v1\n${seed}`);
  const rng = xoroshiro128plusFromState([0, 4, 8, 12].map((offset) => state.readInt32BE(offset)));
  const pool = sortedEntries(memberIds);
  const slots = prizeSlots(prizes);
  const winners: DrawWinner[] = [];
  for (let index = 0; index < Math.min(slots.length, pool.length); index += 1) {
    const pick = uniformInt(rng, index, pool.length - 1);
    [pool[index], pool[pick]] = [pool[pick]!, pool[index]!];
    winners.push({ rank: index + 1, prizeId: slots[index]!, memberId: pool[index]! });
  }
  return winners;
}
