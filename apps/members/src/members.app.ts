import type { ServiceApplicationOptions } from '@groundswell/service-kit';

export const membersApplication: ServiceApplicationOptions = {
  features: [],
};
