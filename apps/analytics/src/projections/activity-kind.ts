import type { activityKinds } from '@groundswell/events';

export type ActivityKind = (typeof activityKinds)[number];
