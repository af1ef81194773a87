/** A GraphQL enum object from a contract's enum values, so the API can never offer a value the events can't carry. */
export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
