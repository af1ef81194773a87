import { deciderSpec } from '@groundswell/event-store/testing';
import { seedCommitment } from './lottery-draw';
import { lotteryDecider } from './lottery.decider';
import { LotteryError } from './lottery.error';
import { afterClose, aLotteryTerms, aSeed, created, createCommand, drawCommand, drawn, entered, enterCommand, entriesClosed, entriesCloseAt } from './lottery.fixtures';

describe('lotteryDecider', () => {
  const spec = deciderSpec(lotteryDecider);
  const members = ['member-3', 'member-1', 'member-2', 'member-4'];
  const withEntries = () => [created(), ...members.map(entered)];

  describe('CreateLottery', () => {
    it('should create a lottery with numbered prizes and the seed commitment', () => {
      spec.given([]).when(createCommand(aLotteryTerms({ name: ' 年终抽奖 ', seedCommitment: seedCommitment(aSeed).toUpperCase() }))).then([created()]);
    });

    it('should refuse to create a lottery twice', () => {
      spec.given([created()]).when(createCommand()).thenThrows(LotteryError, 'LOTTERY_EXISTS');
    });

    it.each([
      ['no prizes', aLotteryTerms({ prizes: [] })],
      ['a prize of quantity 0', aLotteryTerms({ prizes: [{ name: '奖品', quantity: 0 }] })],
      ['a prize without a name', aLotteryTerms({ prizes: [{ name: ' ', quantity: 1 }] })],
      ['an empty name', aLotteryTerms({ name: '' })],
      ['entries that close in the past', aLotteryTerms({ entriesCloseAt: '2026-12-01T00:00:00.000Z' })],
    ])('should refuse a lottery with %s', (_case, terms) => {
      spec.given([]).when(createCommand(terms)).thenThrows(LotteryError, 'LOTTERY_INVALID');
    });

    it('should refuse a commitment that is not a SHA-256 digest', () => {
      spec.given([]).when(createCommand(aLotteryTerms({ seedCommitment: 'abc' }))).thenThrows(LotteryError, 'SEED_COMMITMENT_INVALID');
    });
  });

  describe('EnterLottery', () => {
    it('should enter a member while entries are open', () => {
      spec.given([created()]).when(enterCommand({ memberId: ' member-1 ' })).then([entered('member-1')]);
    });

    it('should change nothing when a member enters again', () => {
      spec.given([created(), entered('member-1')]).when(enterCommand()).then([]);
    });

    it('should refuse an entry after the entries close, by time or by an operator', () => {
      spec.given([created()]).when(enterCommand({ now: new Date(entriesCloseAt) })).thenThrows(LotteryError, 'LOTTERY_ENTRIES_CLOSED');
      spec.given([created(), entriesClosed([])]).when(enterCommand()).thenThrows(LotteryError, 'LOTTERY_ENTRIES_CLOSED');
    });

    it('should refuse an entry while the campaign is not running', () => {
      spec.given([created()]).when(enterCommand({ campaignStatus: 'paused' })).thenThrows(LotteryError, 'CAMPAIGN_NOT_RUNNING');
    });

    it('should refuse an empty member id and an unknown lottery', () => {
      spec.given([created()]).when(enterCommand({ memberId: ' ' })).thenThrows(LotteryError, 'MEMBER_ID_INVALID');
      spec.given([]).when(enterCommand()).thenThrows(LotteryError, 'LOTTERY_NOT_FOUND');
    });
  });

  describe('CloseLotteryEntries', () => {
    it('should close the entries with a fingerprint of who is in', () => {
      spec.given(withEntries()).when({ type: 'CloseLotteryEntries', by: 'u-manager' }).then([entriesClosed(members)]);
    });

    it('should change nothing when closed already, and refuse an unknown lottery', () => {
      spec.given([...withEntries(), entriesClosed(members)]).when({ type: 'CloseLotteryEntries', by: 'u-manager' }).then([]);
      spec.given([]).when({ type: 'CloseLotteryEntries', by: 'u-manager' }).thenThrows(LotteryError, 'LOTTERY_NOT_FOUND');
    });
  });

  describe('DrawLottery', () => {
    it('should draw the winners the seed and the sorted entries give', () => {
      spec.given([...withEntries(), entriesClosed(members)]).when(drawCommand()).then([drawn(members)]);
    });

    it('should close the entries first when their time passed without an operator closing them', () => {
      spec.given(withEntries()).when(drawCommand({ seed: aSeed.toUpperCase() })).then([entriesClosed(members, 'u-manager'), drawn(members)]);
    });

    it('should refuse to draw while entries are open', () => {
      spec.given(withEntries()).when(drawCommand({ now: new Date('2026-12-15T00:00:00Z') })).thenThrows(LotteryError, 'LOTTERY_ENTRIES_OPEN');
    });

    it('should refuse a seed that does not hash to the commitment, and one that is not a seed', () => {
      spec.given(withEntries()).when(drawCommand({ seed: 'f'.repeat(64) })).thenThrows(LotteryError, 'SEED_MISMATCH');
      spec.given(withEntries()).when(drawCommand({ seed: 'not a seed' })).thenThrows(LotteryError, 'SEED_INVALID');
    });

    it('should refuse to draw twice, and refuse an unknown lottery', () => {
      spec.given([...withEntries(), entriesClosed(members), drawn(members)]).when(drawCommand()).thenThrows(LotteryError, 'LOTTERY_ALREADY_DRAWN');
      spec.given([]).when(drawCommand({ now: afterClose })).thenThrows(LotteryError, 'LOTTERY_NOT_FOUND');
    });
  });
});
