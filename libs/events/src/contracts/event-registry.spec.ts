import { z } from 'zod';
import { MemberJoinedV1 } from '../members/member-joined.v1';
import { MemberJoinedV2 } from '../members/member-joined.v2';
import { MemberLeftV1 } from '../members/member-left.v1';
import { aMemberJoinedV1Data, anEnvelope, anEventMetadata } from '../testing/event-factories';
import { defineEvent } from './define-event';
import { EventRegistry } from './event-registry';

const MemberJoinedV3 = defineEvent({
  service: 'members',
  name: 'MemberJoined',
  version: 3,
  description: 'Test-only third version: acquisition channels became a closed list.',
  schema: MemberJoinedV2.schema.extend({ firstJoin: z.boolean() }),
  upcastFrom: { event: MemberJoinedV2, upcast: (previous) => ({ ...previous, firstJoin: true }) },
});

describe(EventRegistry.name, () => {
  it('should upcast a v1 event to v2, keeping every other attribute', () => {
    const registry = new EventRegistry([MemberJoinedV1, MemberJoinedV2]);
    const v1 = MemberJoinedV1.create(aMemberJoinedV1Data({ channel: 'poster' }), anEventMetadata());
    const { channel, ...unchanged } = v1.data;

    const decoded = registry.decode(v1);

    expect(decoded).toEqual({
      ...v1,
      type: MemberJoinedV2.type,
      dataschema: MemberJoinedV2.dataschema,
      data: { ...unchanged, acquisition: { channel } },
    });
    expect(MemberJoinedV2.is(decoded) && decoded.data.acquisition.channel).toBe('poster');
  });

  it('should chain upcasters from v1 through v2 to v3', () => {
    const registry = new EventRegistry([MemberJoinedV1, MemberJoinedV2, MemberJoinedV3]);
    const v1 = MemberJoinedV1.create(aMemberJoinedV1Data(), anEventMetadata());

    const decoded = registry.decode(v1);

    expect(decoded.type).toBe(MemberJoinedV3.type);
    expect(decoded.data).toMatchObject({ acquisition: { channel: v1.data.channel }, firstJoin: true });
  });

  it('should pass the newest version through, validated', () => {
    const registry = new EventRegistry([MemberJoinedV1, MemberJoinedV2]);
    const v2 = MemberJoinedV2.create(
      { ...aMemberJoinedV1Data(), acquisition: { channel: 'referral', referrerMemberId: '01956b2a-7c00-7000-8000-00000000000f' } },
      anEventMetadata(),
    );

    expect(registry.decode(v2)).toEqual(v2);
  });

  it('should reject data that does not match the version it was written as', () => {
    const registry = new EventRegistry([MemberJoinedV1, MemberJoinedV2]);

    expect(() => registry.decode(anEnvelope({ data: { memberId: 'nobody' } }))).toThrow(
      expect.objectContaining({ code: 'INVALID_EVENT_DATA' }),
    );
  });

  it('should reject an event type it does not know', () => {
    const registry = new EventRegistry([MemberJoinedV1]);

    expect(() => registry.decode(anEnvelope({ type: 'groundswell.members.MemberMerged.v1' }))).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_EVENT_TYPE' }),
    );
  });

  it('should answer the newest version of an event', () => {
    const registry = new EventRegistry([MemberJoinedV2, MemberJoinedV1, MemberLeftV1]);

    expect(registry.newestVersionOf(MemberJoinedV1)).toBe(MemberJoinedV2);
    expect(registry.get('groundswell.members.MemberLeft.v1')).toBe(MemberLeftV1);
  });

  it('should register the same definition twice as once', () => {
    const registry = new EventRegistry([MemberJoinedV1]).register(MemberJoinedV1, MemberLeftV1);

    expect(registry.definitions()).toEqual([MemberJoinedV1, MemberLeftV1]);
  });

  it('should refuse two definitions of the same type', () => {
    const impostor = defineEvent({ ...MemberLeftV1, schema: z.object({ memberId: z.uuid() }) });

    expect(() => new EventRegistry([MemberLeftV1, impostor])).toThrow(
      expect.objectContaining({ code: 'INVALID_EVENT_DEFINITION' }),
    );
  });

  it('should refuse a newer version that older events could not be upcast to, registering nothing', () => {
    const registry = new EventRegistry([MemberLeftV1]);
    const MemberLeftV2 = defineEvent({ ...MemberLeftV1, version: 2, upcastFrom: undefined });

    expect(() => registry.register(MemberLeftV2)).toThrow(expect.objectContaining({ code: 'INVALID_EVENT_DEFINITION' }));
    expect(registry.definitions()).toEqual([MemberLeftV1]);
  });
});
