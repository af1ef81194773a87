import { EventContractError } from '../errors/event-contract-error';
import { eventSource, eventTypeName, parseEventType } from './event-type';

describe(eventTypeName.name, () => {
  it('should join service, name and version into a CloudEvents type', () => {
    expect(eventTypeName('members', 'MemberJoined', 2)).toBe('groundswell.members.MemberJoined.v2');
  });

  it.each([
    ['Members', 'MemberJoined', 1],
    ['members.core', 'MemberJoined', 1],
    ['members', 'memberJoined', 1],
    ['members', 'Member.Joined', 1],
    ['members', 'MemberJoined', 0],
    ['members', 'MemberJoined', 1.5],
  ])('should reject %s / %s / v%s', (service, name, version) => {
    expect(() => eventTypeName(service, name, version)).toThrow(
      expect.objectContaining({ code: 'INVALID_EVENT_DEFINITION' }),
    );
  });
});

describe(parseEventType.name, () => {
  it('should split a type into its parts', () => {
    expect(parseEventType('groundswell.members.MemberJoined.v12')).toEqual({
      service: 'members',
      name: 'MemberJoined',
      version: 12,
    });
  });

  it.each(['com.example.MemberJoined.v1', 'groundswell.members.MemberJoined', 'groundswell.members.MemberJoined.v0'])(
    'should reject %s as MALFORMED_EVENT',
    (type) => {
      expect(() => parseEventType(type)).toThrow(EventContractError);
      expect(() => parseEventType(type)).toThrow(expect.objectContaining({ code: 'MALFORMED_EVENT' }));
    },
  );
});

describe(eventSource.name, () => {
  it('should name the producing service', () => {
    expect(eventSource('campaigns')).toBe('/groundswell/campaigns');
  });
});
