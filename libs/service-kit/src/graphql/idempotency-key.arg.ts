import { Args } from '@nestjs/graphql';

/** The optional `idempotencyKey` argument every mutation takes (the schema lint checks it is there). */
export const IdempotencyKeyArg = () =>
  Args('idempotencyKey', { type: () => String, nullable: true, description: 'Retrying with the same key returns the first result' });
