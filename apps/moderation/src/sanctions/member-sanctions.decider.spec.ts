import { deciderSpec } from '@groundswell/event-store/testing';
import { permissionsOf } from '@groundswell/service-kit';
import { defaultEscalationPolicy } from './escalation-policy/escalation-policy';
import { expireDue, memberSanctionsDecider, type ApplySanction, type LiftSanction } from './member-sanctions.decider';
import { sanctionEventTypes, type SanctionApplied, type SanctionEvent } from './sanction.events';
import { SanctionError } from './sanctions.error';

const memberId = '0b6f1a52-0000-4000-8000-000000000001';
const communityId = '0b6f1a52-0000-4000-8000-0000000000c1';
const otherCommunityId = '0b6f1a52-0000-4000-8000-0000000000c2';
const sanctionId = (n: number) => `5a000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const day = 24 * 60 * 60 * 1000;
const start = new Date('2026-12-01T02:00:00.000Z');
const after = (days: number) => new Date(start.getTime() + days * day);

const moderator = { actor: { kind: 'operator', id: 'u-mod' } as const, permissions: permissionsOf(['moderator']) };
const volunteer = { actor: { kind: 'operator', id: 'u-volunteer' } as const, permissions: permissionsOf(['volunteer']) };

// What the apply command gives and the applied event records alike.
const aWarning = {
  sanctionId: sanctionId(1),
  memberId,
  kind: 'warning',
  communityId,
  ruleId: 'R3 禁止广告',
  reason: '群内发布广告',
} as const;

const apply = (overrides: Partial<ApplySanction> = {}): ApplySanction => ({
  type: 'ApplySanction',
  ...aWarning,
  by: moderator,
  at: start,
  policy: defaultEscalationPolicy,
  escalationSanctionId: sanctionId(99),
  ...overrides,
});

/** What `apply(overrides)` records, as the event a spec expects. */
const appliedBy = (command: ApplySanction): SanctionEvent => memberSanctionsDecider.decide(command, memberSanctionsDecider.initialState())[0]!;
const warned = (n: number, at: Date, community = communityId) => appliedBy(apply({ sanctionId: sanctionId(n), at, communityId: community }));
const lifted = (n: number): SanctionEvent => ({
  type: sanctionEventTypes.lifted,
  data: { sanctionId: sanctionId(n), memberId, kind: 'warning', communityId, reason: 'appeal upheld', liftedBy: { kind: 'operator', id: 'u-other' } },
});
const muted = (n: number, at: Date, durationMinutes = 60) => appliedBy(apply({ sanctionId: sanctionId(n), kind: 'mute', durationMinutes, at }));

describe('memberSanctionsDecider', () => {
  const spec = deciderSpec(memberSanctionsDecider);

  describe('ApplySanction', () => {
    it('should record a warning naming the rule, the reason and who applied it, with a notice for the member', () => {
      const [event] = memberSanctionsDecider.decide(apply(), memberSanctionsDecider.initialState()) as SanctionApplied[];
      expect(event!.data).toEqual({
        ...aWarning,
        appliedBy: { kind: 'operator', id: 'u-mod' },
        appliedAt: '2026-12-01T02:00:00.000Z',
        notice: '【社群管理通知】您的行为违反了社群规则「R3 禁止广告」：群内发布广告。本次为警告，请遵守社群规范。如有异议，可提出申诉，将由其他管理员复核。',
      });
    });

    it('should give a mute its end, told to the member in Beijing time', () => {
      const [event] = memberSanctionsDecider.decide(apply({ kind: 'mute', durationMinutes: 24 * 60 }), { sanctions: [] }) as SanctionApplied[];
      expect(event!.data).toMatchObject({ kind: 'mute', durationMinutes: 1440, expiresAt: '2026-12-02T02:00:00.000Z' });
      expect(event!.data.notice).toContain('禁言 1 天，将于 2026/12/02 10:00（北京时间）自动解除');
    });

    it('should record a deletion with its content, a removal, and a tenant-wide ban', () => {
      const [deletion] = memberSanctionsDecider.decide(apply({ kind: 'delete_content', contentId: ' post-9 ' }), { sanctions: [] }) as SanctionApplied[];
      const [removal] = memberSanctionsDecider.decide(apply({ kind: 'remove' }), { sanctions: [] }) as SanctionApplied[];
      const [ban] = memberSanctionsDecider.decide(apply({ kind: 'ban', communityId: undefined }), { sanctions: [] }) as SanctionApplied[];
      expect(deletion!.data).toMatchObject({ kind: 'delete_content', contentId: 'post-9', communityId });
      expect(removal!.data.notice).toContain('您已被移出本社群');
      expect(ban!.data.communityId).toBeUndefined();
      expect(ban!.data.notice).toContain('无法再加入本品牌的任何社群');
    });

    it('should let a volunteer mute and nothing stronger', () => {
      spec.given([]).when(apply({ kind: 'mute', durationMinutes: 30, by: volunteer })).then([appliedBy(apply({ kind: 'mute', durationMinutes: 30, by: volunteer }))]);
      for (const kind of ['warning', 'delete_content', 'remove', 'ban'] as const) {
        spec.given([]).when(apply({ kind, contentId: 'post-1', by: volunteer })).thenThrows(SanctionError, 'SANCTION_NOT_PERMITTED');
      }
    });

    it('should turn the third warning within 30 days into a 24-hour mute by the policy, once per streak', () => {
      const history = [warned(1, start), warned(2, after(10))];
      const third = apply({ sanctionId: sanctionId(3), at: after(20) });
      const events = memberSanctionsDecider.decide(third, memberSanctionsDecider.initialState());
      const escalated = memberSanctionsDecider.decide(third, history.reduce(memberSanctionsDecider.evolve, memberSanctionsDecider.initialState())) as SanctionApplied[];
      expect(events).toHaveLength(1);
      expect(escalated).toHaveLength(2);
      expect(escalated[1]!.data).toMatchObject({
        sanctionId: sanctionId(99),
        kind: 'mute',
        communityId,
        durationMinutes: 1440,
        expiresAt: after(21).toISOString(),
        appliedBy: { kind: 'system', id: 'escalation-policy' },
        escalation: { policyVersion: 0, afterCount: 3, ofKind: 'warning', withinDays: 30 },
      });
      expect(escalated[1]!.data.notice).toContain('您在 30 天内累计受到 3 次警告');
      // The fourth warning starts a new streak rather than muting again.
      spec.given([...history, ...escalated]).when(apply({ sanctionId: sanctionId(4), at: after(25) })).then([warned(4, after(25))]);
    });

    it('should not escalate on warnings outside the window, lifted, or in another community', () => {
      const fourth = apply({ sanctionId: sanctionId(4), at: after(40) });
      spec.given([warned(1, start), warned(2, after(20))]).when(fourth).then([warned(4, after(40))]);
      spec.given([warned(1, after(30)), warned(2, after(35)), lifted(2)]).when(fourth).then([warned(4, after(40))]);
      spec.given([warned(1, after(30)), warned(2, after(35), otherCommunityId)]).when(fourth).then([warned(4, after(40))]);
    });

    it('should refuse a second mute while one runs in the community, but allow one after it ended', () => {
      spec.given([muted(1, start)]).when(apply({ sanctionId: sanctionId(2), kind: 'mute', durationMinutes: 30, at: after(0.01) })).thenThrows(SanctionError, 'ALREADY_MUTED');
      const later = apply({ sanctionId: sanctionId(2), kind: 'mute', durationMinutes: 30, at: after(1) });
      spec.given([muted(1, start)]).when(later).then([appliedBy(later)]);
    });

    it('should refuse any sanction on a banned member, and the same sanction twice', () => {
      const ban = appliedBy(apply({ sanctionId: sanctionId(1), kind: 'ban', communityId: undefined }));
      spec.given([ban]).when(apply({ sanctionId: sanctionId(2) })).thenThrows(SanctionError, 'MEMBER_BANNED');
      spec.given([warned(1, start)]).when(apply()).thenThrows(SanctionError, 'SANCTION_EXISTS');
    });

    it('should refuse a sanction without rule, reason, community or content where it needs one', () => {
      spec.given([]).when(apply({ ruleId: ' ' })).thenThrows(SanctionError, 'RULE_REQUIRED');
      spec.given([]).when(apply({ reason: '' })).thenThrows(SanctionError, 'REASON_REQUIRED');
      spec.given([]).when(apply({ reason: '长'.repeat(1001) })).thenThrows(SanctionError, 'REASON_TOO_LONG');
      spec.given([]).when(apply({ communityId: undefined })).thenThrows(SanctionError, 'COMMUNITY_REQUIRED');
      spec.given([]).when(apply({ kind: 'ban' })).thenThrows(SanctionError, 'COMMUNITY_NOT_ALLOWED');
      spec.given([]).when(apply({ kind: 'delete_content' })).thenThrows(SanctionError, 'CONTENT_REQUIRED');
      spec.given([]).when(apply({ communityId: 'c1' })).thenThrows(SanctionError, 'ID_INVALID');
      spec.given([]).when(apply({ memberId: 'm1' })).thenThrows(SanctionError, 'ID_INVALID');
      spec.given([]).when(apply({ caseId: 'case-1' })).thenThrows(SanctionError, 'ID_INVALID');
      spec.given([]).when(apply({ kind: 'delete_content', contentId: 'x'.repeat(201) })).thenThrows(SanctionError, 'ID_INVALID');
    });

    it('should take a duration for a mute only, of whole minutes up to 30 days', () => {
      spec.given([]).when(apply({ kind: 'mute' })).thenThrows(SanctionError, 'DURATION_INVALID');
      spec.given([]).when(apply({ kind: 'mute', durationMinutes: 30 * 24 * 60 + 1 })).thenThrows(SanctionError, 'DURATION_INVALID');
      spec.given([]).when(apply({ kind: 'mute', durationMinutes: 1.5 })).thenThrows(SanctionError, 'DURATION_INVALID');
      spec.given([]).when(apply({ durationMinutes: 60 })).thenThrows(SanctionError, 'DURATION_INVALID');
    });
  });

  describe('LiftSanction', () => {
    const lift = (overrides: Partial<LiftSanction> = {}): LiftSanction => ({
      type: 'LiftSanction',
      memberId,
      sanctionId: sanctionId(2),
      reason: ' appeal upheld ',
      by: { kind: 'operator', id: 'u-other' },
      ...overrides,
    });

    it('should lift a sanction with the reason and the appeal behind it', () => {
      spec.given([warned(2, start)]).when(lift()).then([lifted(2)]);
      const appealId = 'a0000000-0000-4000-8000-000000000001';
      spec.given([warned(2, start)]).when(lift({ appealId })).then([{ ...lifted(2), data: { ...lifted(2).data, appealId } } as SanctionEvent]);
    });

    it('should refuse an unknown or lifted sanction, and a lift without a reason', () => {
      spec.given([]).when(lift()).thenThrows(SanctionError, 'SANCTION_NOT_FOUND');
      spec.given([warned(2, start), lifted(2)]).when(lift()).thenThrows(SanctionError, 'SANCTION_ALREADY_LIFTED');
      spec.given([warned(2, start)]).when(lift({ reason: ' ' })).thenThrows(SanctionError, 'REASON_REQUIRED');
      spec.given([warned(2, start)]).when(lift({ reason: 'x'.repeat(1001) })).thenThrows(SanctionError, 'REASON_TOO_LONG');
    });
  });

  describe('ExpireDueMutes', () => {
    const expired = (n: number, at: Date): SanctionEvent => ({ type: sanctionEventTypes.expired, data: { sanctionId: sanctionId(n), memberId, communityId, expiredAt: at.toISOString() } });

    it('should end the mutes whose time is up, at their own end, and leave the rest', () => {
      const history = [muted(1, start, 60), appliedBy(apply({ sanctionId: sanctionId(2), kind: 'mute', durationMinutes: 600, communityId: otherCommunityId }))];
      spec.given(history).when({ type: 'ExpireDueMutes', memberId, now: new Date(start.getTime() + 2 * 60 * 60_000) }).then([expired(1, new Date(start.getTime() + 60 * 60_000))]);
    });

    it('should expire nothing before the end, nothing twice, and nothing lifted', () => {
      spec.given([muted(1, start, 60)]).when({ type: 'ExpireDueMutes', memberId, now: new Date(start.getTime() + 59 * 60_000) }).then([]);
      spec.given([muted(1, start, 60), expired(1, after(1))]).when({ type: 'ExpireDueMutes', memberId, now: after(2) }).then([]);
      expect(expireDue({ sanctions: [{ sanctionId: sanctionId(1), kind: 'mute', communityId, appliedAt: 0, expiresAt: 1, status: 'lifted' }] }, memberId, after(2))).toEqual([]);
    });
  });
});
