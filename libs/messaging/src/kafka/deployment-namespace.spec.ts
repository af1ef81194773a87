import { ConsumerError } from '../consumer/consumer-error';
import { KafkaNames } from './deployment-namespace';

describe(KafkaNames.name, () => {
  it('should leave names as they are without a namespace', () => {
    const names = new KafkaNames(undefined);
    expect(names.physical('gs.partner.members.v1')).toBe('gs.partner.members.v1');
    expect(names.logical('gs.partner.members.v1')).toBe('gs.partner.members.v1');
  });

  it('should prefix topics and groups with the namespace and a dot', () => {
    const names = new KafkaNames('staging');
    expect(names.physical('gs.members.member')).toBe('staging.gs.members.member');
    expect(names.physical('analytics-ingest.dlq')).toBe('staging.analytics-ingest.dlq');
  });

  it('should strip its own prefix and disown names of other deployments', () => {
    const names = new KafkaNames('staging');
    expect(names.logical('staging.gs.members.member')).toBe('gs.members.member');
    expect(names.logical('stagingx.gs.members.member')).toBeUndefined();
    expect(names.ownsName('gs.members.member')).toBe(false);
  });

  it.each(['Staging', 'a.b', '-lead', '', 'x'.repeat(41)])('should reject the namespace %j', (namespace) => {
    expect(() => new KafkaNames(namespace)).toThrow(ConsumerError);
  });
});
