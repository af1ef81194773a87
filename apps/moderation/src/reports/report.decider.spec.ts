import { deciderSpec } from '@groundswell/event-store/testing';
import { reportDecider, type FileReport } from './report.decider';
import { ReportError } from './report.error';
import { reportEventTypes, type ReportEvent } from './report.events';

const member = { kind: 'member', id: 'm-alice' } as const;

const file = (overrides: Partial<FileReport> = {}): FileReport => ({
  type: 'FileReport',
  reportId: 'r-1',
  caseId: 'c-1',
  target: { kind: 'message', id: 'msg-1' },
  category: 'ads',
  reporter: member,
  ...overrides,
});

const filed = (data: Partial<Extract<ReportEvent, { type: typeof reportEventTypes.filed }>['data']> = {}): ReportEvent => ({
  type: reportEventTypes.filed,
  data: { reportId: 'r-1', caseId: 'c-1', target: { kind: 'message', id: 'msg-1' }, category: 'ads', reportedBy: member, ...data },
});

describe('reportDecider', () => {
  const spec = deciderSpec(reportDecider);

  describe('FileReport', () => {
    it('should file the report against its case, with the trimmed target and detail', () => {
      spec.given([]).when(file({ target: { kind: 'message', id: ' msg-1 ' }, detail: ' 加微信领红包 ' })).then([filed({ detail: '加微信领红包' })]);
    });

    it('should leave out a blank detail', () => {
      spec.given([]).when(file({ detail: '   ' })).then([filed()]);
    });

    it('should let an operator report a member', () => {
      const operator = { kind: 'operator', id: 'u-op' } as const;
      spec.given([]).when(file({ target: { kind: 'member', id: 'm-bob' }, reporter: operator })).then([filed({ target: { kind: 'member', id: 'm-bob' }, reportedBy: operator })]);
    });

    it('should refuse a member reporting themself', () => {
      spec.given([]).when(file({ target: { kind: 'member', id: 'm-alice' } })).thenThrows(ReportError, 'SELF_REPORT');
    });

    it('should refuse an empty or overlong target id', () => {
      spec.given([]).when(file({ target: { kind: 'content', id: '  ' } })).thenThrows(ReportError, 'TARGET_INVALID');
      spec.given([]).when(file({ target: { kind: 'content', id: 'x'.repeat(201) } })).thenThrows(ReportError, 'TARGET_INVALID');
      spec.given([]).when(file({ target: { kind: 'content', id: 'c-1', communityId: 'not-a-uuid' } })).thenThrows(ReportError, 'TARGET_INVALID');
    });

    it('should refuse an overlong detail', () => {
      spec.given([]).when(file({ detail: '长'.repeat(1001) })).thenThrows(ReportError, 'DETAIL_TOO_LONG');
    });

    it('should refuse to file one report twice', () => {
      spec.given([filed()]).when(file()).thenThrows(ReportError, 'REPORT_EXISTS');
    });
  });
});
