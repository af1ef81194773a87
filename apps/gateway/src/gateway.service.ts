import type { ServiceDefinition } from '@groundswell/service-kit';

export const gatewayService: ServiceDefinition = {
  name: 'gateway',
  uses: { postgres: false, kafka: false, redis: true },
};
