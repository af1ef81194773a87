import { allTopics, assertTopicName, deadLetterTopic, domainTopic, domainTopics, partnerTopics, tenantPartnerTopic } from './topics';

describe(domainTopic.name, () => {
  it('should name one topic per aggregate type of a service', () => {
    expect(domainTopic('members', 'member')).toBe('gs.members.member');
  });

  it.each([
    ['Members', 'member'],
    ['members', 'member.points'],
    ['members', ''],
    ['members', '-member'],
    ['成员', 'member'],
  ])('should reject service %p with aggregate %p', (service, aggregate) => {
    expect(() => domainTopic(service, aggregate)).toThrow(expect.objectContaining({ code: 'INVALID_TOPIC_NAME' }));
  });
});

describe(deadLetterTopic.name, () => {
  it('should suffix the consumer group with .dlq', () => {
    expect(deadLetterTopic('analytics.kpi-projector')).toBe('analytics.kpi-projector.dlq');
  });

  it('should reject a consumer group that cannot name a topic', () => {
    expect(() => deadLetterTopic('Analytics Projector')).toThrow(expect.objectContaining({ code: 'INVALID_TOPIC_NAME' }));
  });
});

describe(assertTopicName.name, () => {
  it.each(['gs.members.member', 'gs.partner.members.v1', 'a_b-c.9'])('should accept %s', (name) => {
    expect(assertTopicName(name)).toBe(name);
  });

  it.each(['', '.', '..', 'gs.Members', 'gs members', 'gs/members', 'x'.repeat(250)])('should reject %p', (name) => {
    expect(() => assertTopicName(name)).toThrow(expect.objectContaining({ code: 'INVALID_TOPIC_NAME' }));
  });
});

describe('topic catalogue', () => {
  it('should list the partner topics as stable, versioned names', () => {
    expect(partnerTopics).toEqual({ members: 'gs.partner.members.v1', conversions: 'gs.partner.conversions.v1' });
  });

  it('should list the members service domain topics', () => {
    expect(domainTopics.members).toEqual({
      member: 'gs.members.member',
      community: 'gs.members.community',
      points: 'gs.members.points',
      activity: 'gs.members.activity',
      catalogueItem: 'gs.members.catalogue-item',
      tag: 'gs.members.tag',
      memberTags: 'gs.members.member-tags',
      segmentMembership: 'gs.members.segment-membership',
    });
  });

  it('should list every topic once, each a valid name', () => {
    const topics = allTopics();

    expect(new Set(topics).size).toBe(topics.length);
    for (const topic of topics) expect(assertTopicName(topic)).toBe(topic);
  });
});

describe(tenantPartnerTopic.name, () => {
  it('should put the tenant after gs.partner., so one prefix covers every contract of the tenant', () => {
    expect(tenantPartnerTopic('acme', partnerTopics.members)).toBe('gs.partner.acme.members.v1');
  });

  it('should refuse a tenant id that cannot name a topic, and a topic that is not a partner topic', () => {
    expect(() => tenantPartnerTopic('Acme Corp', partnerTopics.members)).toThrow(expect.objectContaining({ code: 'INVALID_TOPIC_NAME' }));
    expect(() => tenantPartnerTopic('acme.b', partnerTopics.members)).toThrow(expect.objectContaining({ code: 'INVALID_TOPIC_NAME' }));
    expect(() => tenantPartnerTopic('acme', 'gs.members.member')).toThrow(expect.objectContaining({ code: 'INVALID_TOPIC_NAME' }));
  });
});
