import { z } from 'zod';
import { allEventDefinitions, createEventRegistry } from './all-events';
import { defineEvent } from './contracts/define-event';
import { MemberJoinedV1, MemberJoinedV2 } from './members';
import { aMemberJoinedV1Data, anEventMetadata } from './testing/event-factories';

describe(createEventRegistry.name, () => {
  it('should know every defined event', () => {
    expect(createEventRegistry().definitions()).toEqual(allEventDefinitions());
  });

  it('should read every event as the newest version of its kind', () => {
    const decoded = createEventRegistry().decode(MemberJoinedV1.create(aMemberJoinedV1Data(), anEventMetadata()));

    expect(decoded.type).toBe(MemberJoinedV2.type);
  });

  it('should hand out registries that do not share registrations', () => {
    const MemberMuted = defineEvent({
      service: 'members',
      name: 'MemberMuted',
      version: 1,
      description: 'Test-only event.',
      schema: z.object({ memberId: z.uuid() }),
    });
    const first = createEventRegistry().register(MemberMuted);

    expect(first.find(MemberMuted.type)).toBe(MemberMuted);
    expect(createEventRegistry().find(MemberMuted.type)).toBeUndefined();
  });
});
