import type { ServiceApplicationOptions } from '@groundswell/service-kit';

export const analyticsApplication: ServiceApplicationOptions = {
  features: [],
};
