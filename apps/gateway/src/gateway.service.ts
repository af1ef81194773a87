import type { ServiceDefinition } from '@groundswell/service-kit';

export const gatewayService: ServiceDefinition = {
  name: 'gateway',
};
