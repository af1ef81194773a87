import type { ServiceApplicationOptions } from '@groundswell/service-kit';

export const contentApplication: ServiceApplicationOptions = {
  features: [],
};
