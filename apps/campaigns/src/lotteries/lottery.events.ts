import type { DrawWinner } from './lottery-draw';

export interface LotteryPrize {
  prizeId: string;
  name: string;
  quantity: number;
}

export const lotteryEventTypes = {
  created: 'groundswell.campaigns.LotteryCreated.v1',
  entered: 'groundswell.campaigns.LotteryEntered.v1',
  entriesClosed: 'groundswell.campaigns.LotteryEntriesClosed.v1',
  drawn: 'groundswell.campaigns.LotteryDrawn.v1',
} as const;

export type LotteryCreated = {
  type: typeof lotteryEventTypes.created;
  data: { lotteryId: string; campaignId: string; name: string; prizes: LotteryPrize[]; seedCommitment: string; entriesCloseAt: string; createdBy: string };
};
export type LotteryEntered = { type: typeof lotteryEventTypes.entered; data: { lotteryId: string; campaignId: string; memberId: string; enteredBy: string } };
export type LotteryEntriesClosed = {
  type: typeof lotteryEventTypes.entriesClosed;
  data: { lotteryId: string; campaignId: string; entrantCount: number; entriesDigest: string; closedBy: string };
};
export type LotteryDrawn = {
  type: typeof lotteryEventTypes.drawn;
  data: {
    lotteryId: string;
    campaignId: string;
    seed: string;
    seedCommitment: string;
    algorithm: string;
    entrantCount: number;
    entriesDigest: string;
    winners: DrawWinner[];
    drawnBy: string;
  };
};
export type LotteryEvent = LotteryCreated | LotteryEntered | LotteryEntriesClosed | LotteryDrawn;

export const lotteryStreamType = 'lottery';
export const lotteryStream = (lotteryId: string) => ({ streamId: `${lotteryStreamType}-${lotteryId}`, streamType: lotteryStreamType });
