import { isoInstant } from './iso-instant';

describe(isoInstant.name, () => {
  it('should give an instant as ISO 8601 in UTC', () => {
    expect(isoInstant(new Date('2026-12-03T10:15:00+08:00'), 'occurredAt')).toBe('2026-12-03T02:15:00.000Z');
  });

  it('should refuse a date JavaScript cannot represent as the client\'s mistake, naming the field', () => {
    for (const value of [new Date('yesterday'), new Date('275760-09-13T00:00:00.001Z')]) {
      expect(() => isoInstant(value, 'validUntil')).toThrow(expect.objectContaining({ category: 'BAD_USER_INPUT', details: { field: 'validUntil' } }));
    }
  });
});
