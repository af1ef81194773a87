import { loadServiceConfig } from '../config/service-config';
import { kafkaConnection } from './kafka.module';

describe(kafkaConnection.name, () => {
  it('should connect unauthenticated when no SCRAM credentials are set (the local broker)', () => {
    const connection = kafkaConnection(loadServiceConfig('members', { KAFKA_BROKERS: 'a:9092, b:9092' }));
    expect(connection).toEqual({ clientId: 'groundswell-members', brokers: ['a:9092', 'b:9092'], namespace: undefined });
  });

  it("should authenticate with the service's KafkaUser when its credentials are set", () => {
    const config = loadServiceConfig('analytics', { KAFKA_SASL_USERNAME: 'analytics', KAFKA_SASL_PASSWORD: 'from-the-strimzi-secret', GROUNDSWELL_ENV: 'staging' });
    expect(kafkaConnection(config)).toMatchObject({
      namespace: 'staging',
      sasl: { mechanism: 'scram-sha-512', username: 'analytics', password: 'from-the-strimzi-secret' },
    });
  });
});
