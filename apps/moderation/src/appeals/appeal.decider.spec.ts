import { deciderSpec } from '@groundswell/event-store/testing';
import { appealDecider, type DecideAppeal, type FileAppeal } from './appeal.decider';
import { AppealError } from './appeal.error';
import { appealEventTypes, type AppealEvent } from './appeal.events';

const memberId = '0b6f1a52-0000-4000-8000-000000000001';
const sanctionId = '5a000000-0000-4000-8000-000000000001';
const appealId = 'a0000000-0000-4000-8000-000000000001';
const sanctioner = { kind: 'operator', id: 'u-mod' } as const;
const member = { kind: 'member', id: memberId } as const;

const fileAppeal = (overrides: Partial<FileAppeal> = {}): FileAppeal => ({
  type: 'FileAppeal',
  appealId,
  sanction: { sanctionId, memberId, status: 'active', appliedBy: sanctioner },
  statement: ' 我发的是活动链接，不是广告 ',
  filedBy: member,
  ...overrides,
});
const decide = (overrides: Partial<DecideAppeal> = {}): DecideAppeal => ({
  type: 'DecideAppeal',
  outcome: 'upheld',
  reason: ' 链接为品牌官方活动 ',
  reviewer: { kind: 'operator', id: 'u-senior' },
  ...overrides,
});

const filed: AppealEvent = {
  type: appealEventTypes.filed,
  data: { appealId, sanctionId, memberId, statement: '我发的是活动链接，不是广告', filedBy: member, sanctionedBy: sanctioner },
};
const decided = (outcome: 'upheld' | 'rejected'): AppealEvent => ({
  type: appealEventTypes.decided,
  data: { appealId, sanctionId, memberId, outcome, reason: '链接为品牌官方活动', reviewer: { kind: 'operator', id: 'u-senior' } },
});

describe('appealDecider', () => {
  const spec = deciderSpec(appealDecider);

  describe('FileAppeal', () => {
    it('should file the member’s appeal naming who sanctioned them', () => {
      spec.given([]).when(fileAppeal()).then([filed]);
    });

    it('should let an operator file on the member’s behalf, also against an expired mute', () => {
      const operator = { kind: 'operator', id: 'u-support' } as const;
      const command = fileAppeal({ filedBy: operator, sanction: { sanctionId, memberId, status: 'expired', appliedBy: sanctioner } });
      spec.given([]).when(command).then([{ ...filed, data: { ...filed.data, filedBy: operator } } as AppealEvent]);
    });

    it('should refuse a member appealing someone else’s sanction', () => {
      spec.given([]).when(fileAppeal({ filedBy: { kind: 'member', id: 'someone-else' } })).thenThrows(AppealError, 'NOT_OWN_SANCTION');
    });

    it('should refuse a lifted sanction and a second appeal', () => {
      spec.given([]).when(fileAppeal({ sanction: { sanctionId, memberId, status: 'lifted', appliedBy: sanctioner } })).thenThrows(AppealError, 'SANCTION_LIFTED');
      spec.given([filed]).when(fileAppeal()).thenThrows(AppealError, 'APPEAL_EXISTS');
    });

    it('should refuse an empty or overlong statement', () => {
      spec.given([]).when(fileAppeal({ statement: '  ' })).thenThrows(AppealError, 'STATEMENT_REQUIRED');
      spec.given([]).when(fileAppeal({ statement: '长'.repeat(2001) })).thenThrows(AppealError, 'STATEMENT_TOO_LONG');
    });
  });

  describe('DecideAppeal', () => {
    it('should uphold or reject with the reviewer and the trimmed reason', () => {
      spec.given([filed]).when(decide()).then([decided('upheld')]);
      spec.given([filed]).when(decide({ outcome: 'rejected' })).then([decided('rejected')]);
    });

    it('should refuse the moderator who applied the sanction', () => {
      spec.given([filed]).when(decide({ reviewer: sanctioner })).thenThrows(AppealError, 'SAME_MODERATOR');
    });

    it('should refuse a missing or decided appeal', () => {
      spec.given([]).when(decide()).thenThrows(AppealError, 'APPEAL_NOT_FOUND');
      spec.given([filed, decided('rejected')]).when(decide()).thenThrows(AppealError, 'APPEAL_DECIDED');
    });

    it('should require a reason of at most 1,000 characters', () => {
      spec.given([filed]).when(decide({ reason: ' ' })).thenThrows(AppealError, 'REASON_REQUIRED');
      spec.given([filed]).when(decide({ reason: 'x'.repeat(1001) })).thenThrows(AppealError, 'REASON_TOO_LONG');
    });
  });
});
