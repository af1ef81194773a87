/** A GraphQL enum whose values are the strings themselves, for `registerEnumType`: `graphqlEnum(['a', 'b'])` is `{ a: 'a', b: 'b' }`. */
export const graphqlEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
