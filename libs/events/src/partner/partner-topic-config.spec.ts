import { partnerRetentionDays, partnerTopicConfig } from './partner-topic-config';

describe(partnerRetentionDays.name, () => {
  it('should promise partners 30 days unless configured longer or forever', () => {
    expect([partnerRetentionDays({}), partnerRetentionDays({ PARTNER_RETENTION_DAYS: '90' }), partnerRetentionDays({ PARTNER_RETENTION_DAYS: '-1' })]).toEqual([30, 90, -1]);
  });

  it.each(['7', '29', '30.5', 'month'])('should refuse %s days with a stable code', (value) => {
    expect(() => partnerRetentionDays({ PARTNER_RETENTION_DAYS: value })).toThrow(expect.objectContaining({ code: 'INVALID_PARTNER_RETENTION' }));
  });
});

describe(partnerTopicConfig.name, () => {
  it('should delete by age only', () => {
    expect(partnerTopicConfig(30)).toEqual([
      { name: 'cleanup.policy', value: 'delete' },
      { name: 'retention.ms', value: String(30 * 86_400_000) },
      { name: 'retention.bytes', value: '-1' },
    ]);
    expect(partnerTopicConfig(-1)).toContainEqual({ name: 'retention.ms', value: '-1' });
  });
});
