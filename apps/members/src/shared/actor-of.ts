import type { Actor } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';

/** Everyone reaching the API through the gateway is an operator of the tenant (member apps come later). */
export function actorOf(identity: Identity): Actor {
  return { kind: 'operator', id: identity.sub };
}
