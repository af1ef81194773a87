import { drawWinners, entriesDigest, lotteryDrawAlgorithm, seedCommitment } from './lottery-draw';
import type { CreateLottery, DrawLottery, EnterLottery, LotteryTerms } from './lottery.decider';
import { lotteryEventTypes, type LotteryEvent } from './lottery.events';

export const aSeed = '7f3a9c0e5b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b1d3f5a';
export const now = new Date('2026-12-10T00:00:00.000Z');
export const entriesCloseAt = '2026-12-20T00:00:00.000Z';
export const afterClose = new Date('2026-12-21T00:00:00.000Z');
export const prizes = [
  { prizeId: 'prize-1', name: '一等奖 耳机', quantity: 1 },
  { prizeId: 'prize-2', name: '二等奖 保温杯', quantity: 2 },
];

export const aLotteryTerms = (overrides: Partial<LotteryTerms> = {}): LotteryTerms => ({
  campaignId: 'campaign-1',
  name: '年终抽奖',
  prizes: prizes.map(({ name, quantity }) => ({ name, quantity })),
  seedCommitment: seedCommitment(aSeed),
  entriesCloseAt,
  ...overrides,
});

export const createCommand = (terms = aLotteryTerms()): CreateLottery => ({ type: 'CreateLottery', lotteryId: 'lottery-1', terms, now, by: 'u-manager' });
export const enterCommand = (overrides: Partial<EnterLottery> = {}): EnterLottery => ({ type: 'EnterLottery', memberId: 'member-1', campaignStatus: 'running', now, by: 'u-operator', ...overrides });
export const drawCommand = (overrides: Partial<DrawLottery> = {}): DrawLottery => ({ type: 'DrawLottery', seed: aSeed, now: afterClose, by: 'u-manager', ...overrides });

export const created = (): LotteryEvent => ({
  type: lotteryEventTypes.created,
  data: { lotteryId: 'lottery-1', campaignId: 'campaign-1', name: '年终抽奖', prizes, seedCommitment: seedCommitment(aSeed), entriesCloseAt, createdBy: 'u-manager' },
});
export const entered = (memberId: string): LotteryEvent => ({ type: lotteryEventTypes.entered, data: { lotteryId: 'lottery-1', campaignId: 'campaign-1', memberId, enteredBy: 'u-operator' } });
export const entriesClosed = (members: string[], closedBy = 'u-manager'): LotteryEvent => ({
  type: lotteryEventTypes.entriesClosed,
  data: { lotteryId: 'lottery-1', campaignId: 'campaign-1', entrantCount: members.length, entriesDigest: entriesDigest(members), closedBy },
});
export const drawn = (members: string[]): LotteryEvent => ({
  type: lotteryEventTypes.drawn,
  data: {
    lotteryId: 'lottery-1',
    campaignId: 'campaign-1',
    seed: aSeed,
    seedCommitment: seedCommitment(aSeed),
    algorithm: lotteryDrawAlgorithm,
    entrantCount: members.length,
    entriesDigest: entriesDigest(members),
    winners: drawWinners(aSeed, members, prizes),
    drawnBy: 'u-manager',
  },
});
