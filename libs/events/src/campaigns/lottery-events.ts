import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

// The campaigns service's lottery events on gs.campaigns.lottery, one stream per lottery. A draw anyone
// can verify: the seed's SHA-256 is committed at creation, the seed revealed at the draw (docs/lotteries.md).
const id = z.string().min(1).max(100);
const subject = z.string().min(1).max(200).describe('Subject of who acted');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const lottery = { lotteryId: id.describe('The lottery'), campaignId: id.describe('Its campaign') };

const lotteryEvent = (name: string, description: string, shape: z.ZodRawShape) =>
  defineEvent({ service: 'campaigns', name, version: 1, description, schema: z.object({ ...lottery, ...shape }) });

export const LotteryCreatedV1 = lotteryEvent('LotteryCreated', 'A lottery with its prizes, the closing time of its entries and the commitment to its seed.', {
  name: z.string().min(1).max(100),
  prizes: z.array(z.object({ prizeId: id, name: z.string().min(1).max(100), quantity: z.number().int().positive() })).min(1).describe('In the order winners get them'),
  seedCommitment: sha256Hex.describe('SHA-256 of the seed, published before any entry'),
  entriesCloseAt: z.iso.datetime({ offset: true }),
  createdBy: subject,
});

export const LotteryEnteredV1 = lotteryEvent('LotteryEntered', 'A member entered the lottery (once; entering again adds nothing).', { memberId: id, enteredBy: subject });

export const LotteryEntriesClosedV1 = lotteryEvent('LotteryEntriesClosed', 'No more entries; the fingerprint fixes who is in the draw.', {
  entrantCount: z.number().int().nonnegative(),
  entriesDigest: sha256Hex.describe('SHA-256 of the sorted member ids, one per line'),
  closedBy: subject,
});

export const LotteryDrawnV1 = lotteryEvent('LotteryDrawn', 'The seed revealed and the winners it gives; anyone re-derives them with apps/campaigns/scripts/verify-lottery.ts.', {
  seed: z.string().regex(/^[0-9a-f]{64}$/).describe('The revealed seed; its SHA-256 is the commitment'),
  seedCommitment: sha256Hex,
  algorithm: z.string().min(1).max(100).describe('The draw procedure, e.g. sha256-xoroshiro128plus-fisher-yates/v1'),
  entrantCount: z.number().int().nonnegative(),
  entriesDigest: sha256Hex,
  winners: z.array(z.object({ rank: z.number().int().positive(), prizeId: id, memberId: id })).describe('Never more than the prizes\' total quantity'),
  drawnBy: subject,
});

export const lotteryEvents = [LotteryCreatedV1, LotteryEnteredV1, LotteryEntriesClosedV1, LotteryDrawnV1] as const;
