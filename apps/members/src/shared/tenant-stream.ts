import type { StreamRef } from '@groundswell/event-store';

/** A stream of the caller's tenant: every read and append is scoped by construction. */
export function tenantStream(tenantId: string, stream: { streamId: string; streamType: string }): StreamRef {
  return { tenantId, ...stream };
}
