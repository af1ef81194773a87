import type { Decider } from '@groundswell/event-store';
import { drawWinners, entriesDigest, lotteryDrawAlgorithm, lotterySeedPattern, seedCommitment } from './lottery-draw';
import { LotteryError } from './lottery.error';
import { lotteryEventTypes, type LotteryEvent, type LotteryPrize } from './lottery.events';

export interface LotteryTerms {
  campaignId: string;
  name: string;
  prizes: { name: string; quantity: number }[];
  /** SHA-256 of the seed, hex: published now, the seed itself only at the draw. */
  seedCommitment: string;
  entriesCloseAt: string;
}

export interface CreateLottery {
  type: 'CreateLottery';
  lotteryId: string;
  terms: LotteryTerms;
  now: Date;
  by: string;
}
export interface EnterLottery {
  type: 'EnterLottery';
  memberId: string;
  campaignStatus: string;
  now: Date;
  by: string;
}
export interface CloseLotteryEntries {
  type: 'CloseLotteryEntries';
  by: string;
}
export interface DrawLottery {
  type: 'DrawLottery';
  seed: string;
  now: Date;
  by: string;
}
export type LotteryCommand = CreateLottery | EnterLottery | CloseLotteryEntries | DrawLottery;

interface Lottery {
  lotteryId: string;
  campaignId: string;
  prizes: LotteryPrize[];
  seedCommitment: string;
  entriesCloseAt: string;
  entrants: ReadonlySet<string>;
}
export type LotteryState = { status: 'none' } | ({ status: 'open' | 'closed' | 'drawn' } & Lottery);

export const lotteryLimits = { name: 100, prizes: 50, quantity: 10_000, memberId: 64 } as const;
const commitmentPattern = /^[0-9a-f]{64}$/;

function invalid(message: string): never {
  throw new LotteryError('LOTTERY_INVALID', message);
}

function create(command: CreateLottery, state: LotteryState): LotteryEvent[] {
  if (state.status !== 'none') throw new LotteryError('LOTTERY_EXISTS', 'This lottery exists already', { lotteryId: command.lotteryId });
  const { terms } = command;
  const name = terms.name.trim();
  if (!name || name.length > lotteryLimits.name) invalid(`The name must be 1–${lotteryLimits.name} characters`);
  if (terms.prizes.length < 1 || terms.prizes.length > lotteryLimits.prizes) invalid(`A lottery has 1–${lotteryLimits.prizes} prizes`);
  const prizes = terms.prizes.map((prize, index) => {
    const prizeName = prize.name.trim();
    if (!prizeName || prizeName.length > lotteryLimits.name) invalid(`A prize name is 1–${lotteryLimits.name} characters`);
    if (!Number.isInteger(prize.quantity) || prize.quantity < 1 || prize.quantity > lotteryLimits.quantity) invalid(`A prize's quantity is 1–${lotteryLimits.quantity}`);
    return { prizeId: `prize-${index + 1}`, name: prizeName, quantity: prize.quantity };
  });
  const commitment = terms.seedCommitment.trim().toLowerCase();
  if (!commitmentPattern.test(commitment)) throw new LotteryError('SEED_COMMITMENT_INVALID', 'The seed commitment is a SHA-256 digest: 64 hex digits');
  const closeAt = new Date(terms.entriesCloseAt);
  if (Number.isNaN(closeAt.getTime()) || closeAt <= command.now) invalid('Entries close at a future instant');
  return [
    {
      type: lotteryEventTypes.created,
      data: { lotteryId: command.lotteryId, campaignId: terms.campaignId, name, prizes, seedCommitment: commitment, entriesCloseAt: closeAt.toISOString(), createdBy: command.by },
    },
  ];
}

function existing(state: LotteryState): Exclude<LotteryState, { status: 'none' }> {
  if (state.status === 'none') throw new LotteryError('LOTTERY_NOT_FOUND', 'No such lottery');
  return state;
}

const entriesOpen = (lottery: Exclude<LotteryState, { status: 'none' }>, now: Date) => lottery.status === 'open' && now < new Date(lottery.entriesCloseAt);

function enter(command: EnterLottery, state: LotteryState): LotteryEvent[] {
  const lottery = existing(state);
  const memberId = command.memberId.trim();
  if (!memberId || memberId.length > lotteryLimits.memberId) throw new LotteryError('MEMBER_ID_INVALID', `A member id is 1–${lotteryLimits.memberId} characters`);
  if (!entriesOpen(lottery, command.now)) throw new LotteryError('LOTTERY_ENTRIES_CLOSED', 'Entries to this lottery are closed', { entriesCloseAt: lottery.entriesCloseAt });
  // One entry per member: entering again is a retry, not a second ticket.
  if (lottery.entrants.has(memberId)) return [];
  if (command.campaignStatus !== 'running') throw new LotteryError('CAMPAIGN_NOT_RUNNING', 'Members enter while the campaign runs', { status: command.campaignStatus });
  return [{ type: lotteryEventTypes.entered, data: { lotteryId: lottery.lotteryId, campaignId: lottery.campaignId, memberId, enteredBy: command.by } }];
}

const closed = (lottery: Lottery, by: string): LotteryEvent => ({
  type: lotteryEventTypes.entriesClosed,
  data: { lotteryId: lottery.lotteryId, campaignId: lottery.campaignId, entrantCount: lottery.entrants.size, entriesDigest: entriesDigest([...lottery.entrants]), closedBy: by },
});

function close(command: CloseLotteryEntries, state: LotteryState): LotteryEvent[] {
  const lottery = existing(state);
  return lottery.status === 'open' ? [closed(lottery, command.by)] : [];
}

function draw(command: DrawLottery, state: LotteryState): LotteryEvent[] {
  const lottery = existing(state);
  if (lottery.status === 'drawn') throw new LotteryError('LOTTERY_ALREADY_DRAWN', 'This lottery has been drawn');
  if (entriesOpen(lottery, command.now)) throw new LotteryError('LOTTERY_ENTRIES_OPEN', 'A lottery is drawn after its entries close', { entriesCloseAt: lottery.entriesCloseAt });
  const seed = command.seed.trim().toLowerCase();
  if (!lotterySeedPattern.test(seed)) throw new LotteryError('SEED_INVALID', 'The seed is 64 hex digits (32 random bytes)');
  if (seedCommitment(seed) !== lottery.seedCommitment) throw new LotteryError('SEED_MISMATCH', 'The seed does not hash to the commitment published before entries closed');
  const entrants = [...lottery.entrants];
  const closing = lottery.status === 'open' ? [closed(lottery, command.by)] : [];
  return [
    ...closing,
    {
      type: lotteryEventTypes.drawn,
      data: {
        lotteryId: lottery.lotteryId,
        campaignId: lottery.campaignId,
        seed,
        seedCommitment: lottery.seedCommitment,
        algorithm: lotteryDrawAlgorithm,
        entrantCount: entrants.length,
        entriesDigest: entriesDigest(entrants),
        winners: drawWinners(seed, entrants, lottery.prizes),
        drawnBy: command.by,
      },
    },
  ];
}

function evolve(state: LotteryState, event: LotteryEvent): LotteryState {
  switch (event.type) {
    case lotteryEventTypes.created: {
      const { lotteryId, campaignId, prizes, seedCommitment: commitment, entriesCloseAt } = event.data;
      return { status: 'open', lotteryId, campaignId, prizes, seedCommitment: commitment, entriesCloseAt, entrants: new Set() };
    }
    case lotteryEventTypes.entered: {
      const lottery = existing(state);
      return { ...lottery, entrants: new Set(lottery.entrants).add(event.data.memberId) };
    }
    case lotteryEventTypes.entriesClosed:
      return { ...existing(state), status: 'closed' };
    case lotteryEventTypes.drawn:
      return { ...existing(state), status: 'drawn' };
  }
}

export const lotteryDecider: Decider<LotteryCommand, LotteryEvent, LotteryState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => {
    switch (command.type) {
      case 'CreateLottery':
        return create(command, state);
      case 'EnterLottery':
        return enter(command, state);
      case 'CloseLotteryEntries':
        return close(command, state);
      case 'DrawLottery':
        return draw(command, state);
    }
  },
  evolve,
};
