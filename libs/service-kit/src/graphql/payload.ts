import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

/** What a mutation answers: one named field holding the object it created or changed. */
export type Payload<Key extends string, T> = Record<Key, T>;

/**
 * `XPayload { key: X! }`, the object type most of our mutations answer with: the object sits in a
 * field of its own, so a payload can grow more fields later without breaking a client.
 */
export function payloadOf<Key extends string, T>(name: string, key: Key, type: Type<T>): Type<Payload<Key, T>> {
  @ObjectType(name)
  class PayloadType {}
  Field(() => type)(PayloadType.prototype, key);
  return PayloadType as Type<Payload<Key, T>>;
}
