import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '../envelope/create-envelope';
import type { EventEnvelope } from '../envelope/event-envelope';

/** Test data only. */
export function anEventMetadata(overrides: Partial<EventMetadata> = {}): EventMetadata {
  return {
    subject: randomUUID(),
    tenantid: `tenant-${randomUUID()}`,
    streamversion: 1,
    time: '2025-03-01T08:30:00.000Z',
    ...overrides,
  };
}

export function aMemberJoinedV1Data(overrides: Record<string, unknown> = {}) {
  return {
    memberId: randomUUID(),
    communityId: randomUUID(),
    platform: 'wecom' as const,
    channel: 'qr-code',
    ...overrides,
  };
}

export function anEnvelope(overrides: Partial<EventEnvelope<string, unknown>> = {}): EventEnvelope<string, unknown> {
  return {
    specversion: '1.0',
    id: '01956b2a-7c00-7000-8000-000000000001',
    source: '/groundswell/members',
    type: 'groundswell.members.MemberJoined.v1',
    subject: '0b6f3c52-5a55-4c36-9b0c-2f7f2f0e1a11',
    time: '2025-03-01T08:30:00.000Z',
    datacontenttype: 'application/json',
    dataschema: 'https://schemas.groundswell.dev/events/members/MemberJoined/v1.json',
    tenantid: 'tenant-acme',
    streamversion: 3,
    recordedtime: '2025-03-01T08:30:00.120Z',
    correlationid: '01956b2a-7c00-7000-8000-0000000000aa',
    causationid: '01956b2a-7c00-7000-8000-0000000000bb',
    data: aMemberJoinedV1Data(),
    ...overrides,
  };
}
