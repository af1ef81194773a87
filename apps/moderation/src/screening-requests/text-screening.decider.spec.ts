import { deciderSpec } from '@groundswell/event-store/testing';
import { TextScreenedV1, type DataOf } from '@groundswell/events';
import { ScreeningError } from '../screening/screening.error';
import { textScreeningDecider, type RecordTextScreened } from './text-screening.decider';

const screeningId = '0190c2f8-0000-7000-8000-00000000f001';

const aVerdict = (overrides: Partial<DataOf<typeof TextScreenedV1>> = {}): DataOf<typeof TextScreenedV1> => ({
  screeningId,
  target: { kind: 'content', id: 'post-1' },
  verdict: 'censored',
  censoredText: '加我**聊',
  matches: [{ entryId: 'entry-1', action: 'censor', category: 'ads', severity: 'medium', start: 2, end: 4 }],
  listVersion: 3,
  riskScore: 0.1,
  riskSignals: [],
  flagged: false,
  tags: [],
  requestedBy: 'content',
  screenedAt: '2026-12-03T02:00:00.000Z',
  ...overrides,
});

const record = (verdict = aVerdict()): RecordTextScreened => ({ type: 'RecordTextScreened', verdict });
const screened = (verdict = aVerdict()) => ({ type: TextScreenedV1.type, data: verdict });

describe('textScreeningDecider', () => {
  const spec = deciderSpec(textScreeningDecider);

  describe('RecordTextScreened', () => {
    it('should record the verdict of a new screening, within its contract', () => {
      spec.given([]).when(record()).then([screened()]);
      expect(() => TextScreenedV1.parse(aVerdict())).not.toThrow();
    });

    it('should record nothing when the same request comes again, even screened against a newer list', () => {
      spec.given([screened()]).when(record(aVerdict({ listVersion: 4, verdict: 'blocked', censoredText: undefined }))).then([]);
    });

    it('should refuse a screening id reused for another target', () => {
      spec.given([screened()]).when(record(aVerdict({ target: { kind: 'content', id: 'post-2' } }))).thenThrows(ScreeningError, 'SCREENING_ID_REUSED');
    });
  });
});
