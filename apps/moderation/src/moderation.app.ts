import type { ServiceApplicationOptions } from '@groundswell/service-kit';

export const moderationApplication: ServiceApplicationOptions = {
  features: [],
};
