import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { RequestError } from '../errors/app-error';

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

/**
 * The record a mutation has just written, read back for its payload. Missing, it is our fault (a
 * projection that lost it), so the caller gets INTERNAL rather than a NOT_FOUND it could act on.
 */
export async function requireWritten<T>(read: Promise<T | null | undefined>, what: string): Promise<T> {
  const record = await read;
  if (record === null || record === undefined) throw new RequestError('INTERNAL', `The ${what} was written but cannot be read back`);
  return record;
}
