import { randomUUID } from 'node:crypto';
import { ConnectorCrisisNoticeV1, ConnectorSanctionToEnforceV1, ConnectorSanctionToLiftV1, createEnvelope, CrisisAlertResolvedV1, MemberJoinedV1, SanctionAppliedV1, SanctionExpiredV1, type AnyEventDefinition } from '@groundswell/events';
import { toConnectorEvent } from './connector-event.mapping';

const tenant = 'tenant-acme';
const [memberId, communityId, sanctionId, alertId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const envelopeOf = (type: string, data: Record<string, unknown>) => createEnvelope({ type, data, subject: memberId, tenantid: tenant, streamversion: 1, time: new Date('2026-12-03T02:00:00Z') });
const validFor = (definition: AnyEventDefinition, data: unknown) => definition.schema.safeParse(data).success;

describe(toConnectorEvent.name, () => {
  it('should tell connectors to enforce a mute until it ends, with the member\'s notice and nothing of the case', () => {
    const applied = envelopeOf(SanctionAppliedV1.type, {
      sanctionId,
      memberId,
      kind: 'mute',
      communityId,
      durationMinutes: 1440,
      expiresAt: '2026-12-04T02:00:00.000Z',
      ruleId: 'rule-ads',
      reason: '多次发布广告',
      notice: '你因多次发布广告被禁言 24 小时，如有异议可申诉。',
      appliedBy: { kind: 'operator', id: 'u-moderator' },
      appliedAt: '2026-12-03T02:00:00.000Z',
    });
    const connector = toConnectorEvent(applied)!;
    expect(connector).toEqual({
      type: ConnectorSanctionToEnforceV1.type,
      key: memberId,
      data: { sanctionId, memberId, communityId, kind: 'mute', contentId: undefined, until: '2026-12-04T02:00:00.000Z', notice: '你因多次发布广告被禁言 24 小时，如有异议可申诉。' },
    });
    expect(validFor(ConnectorSanctionToEnforceV1, JSON.parse(JSON.stringify(connector.data)))).toBe(true);
    expect(JSON.stringify(connector.data)).not.toMatch(/rule-ads|u-moderator|多次发布广告"/);
  });

  it('should tell connectors to lift an expired mute, and to close out a resolved crisis', () => {
    const expired = toConnectorEvent(envelopeOf(SanctionExpiredV1.type, { sanctionId, memberId, communityId, expiredAt: '2026-12-04T02:00:00.000Z' }))!;
    expect(expired).toMatchObject({ type: ConnectorSanctionToLiftV1.type, data: { kind: 'mute', because: 'expired' } });
    expect(validFor(ConnectorSanctionToLiftV1, expired.data)).toBe(true);
    const resolved = toConnectorEvent(
      envelopeOf(CrisisAlertResolvedV1.type, { alertId, communityId, outcome: 'handled', summary: '已发布官方说明', resolvedAt: '2026-12-03T03:00:00.000Z', resolvedBy: 'u-pr' }),
    )!;
    expect(resolved).toEqual({ type: ConnectorCrisisNoticeV1.type, key: alertId, data: { alertId, communityId, stage: 'resolved', at: '2026-12-03T03:00:00.000Z' } });
    expect(validFor(ConnectorCrisisNoticeV1, resolved.data)).toBe(true);
  });

  it('should pass over events no platform has to act on', () => {
    expect(toConnectorEvent(envelopeOf(MemberJoinedV1.type, {}))).toBeUndefined();
    expect(toConnectorEvent(envelopeOf('groundswell.moderation.SomethingNew.v1', {}))).toBeUndefined();
  });
});
