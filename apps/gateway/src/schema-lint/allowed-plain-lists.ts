import type { ListAllowance } from './schema-lint';

/** Root lists that stay plain lists, each with why a connection would not help a client. */
export const allowedPlainLists: ListAllowance = {};
