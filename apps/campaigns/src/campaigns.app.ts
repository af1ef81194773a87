import type { ServiceApplicationOptions } from '@groundswell/service-kit';

export const campaignsApplication: ServiceApplicationOptions = {
  features: [],
};
