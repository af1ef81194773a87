import { getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLArgument, type GraphQLField, type GraphQLInputField, type GraphQLInputType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';

/** One broken promise of the API guide, at a schema coordinate such as `Mutation.tagMember`. */
export interface SchemaViolation {
  rule: 'mutation-idempotency-key' | 'list-is-connection' | 'id-is-ID';
  coordinate: string;
  message: string;
}

/** A root list kept as a plain list on purpose: the coordinate and why a connection would not help. */
export type ListAllowance = Readonly<Record<string, string>>;

const isIdName = (name: string) => name === 'id' || /[a-z]Ids?$/.test(name);

const unwrap = (type: GraphQLOutputType | GraphQLInputType) => (isNonNullType(type) ? type.ofType : type);

/** `ID`, `ID!`, `[ID!]` or `[ID!]!` (a list of ids is a list of `ID`, never of `String`). */
function isIdType(type: GraphQLInputType, plural: boolean): boolean {
  const bare = unwrap(type);
  if (!plural) return !isListType(bare) && getNamedType(bare).name === 'ID';
  return isListType(bare) && isNonNullType(bare.ofType) && getNamedType(bare).name === 'ID';
}

function mutationsTakeAnIdempotencyKey(schema: GraphQLSchema): SchemaViolation[] {
  const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
  return fields
    .filter((field) => !field.args.some((arg) => arg.name === 'idempotencyKey' && !isNonNullType(arg.type) && getNamedType(arg.type).name === 'String'))
    .map((field) => ({
      rule: 'mutation-idempotency-key',
      coordinate: `Mutation.${field.name}`,
      message: 'a mutation takes an optional `idempotencyKey: String`, so a retry returns the first result',
    }));
}

function isConnection(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  if (!isObjectType(named) || !named.name.endsWith('Connection')) return false;
  const fields = named.getFields();
  return Boolean(fields.edges && fields.pageInfo && fields.totalCount);
}

function rootListsAreConnections(schema: GraphQLSchema, allowed: ListAllowance): SchemaViolation[] {
  const fields: GraphQLField<unknown, unknown>[] = Object.values(schema.getQueryType()?.getFields() ?? {});
  return fields
    .filter((field) => isListType(unwrap(field.type)) && !(`Query.${field.name}` in allowed))
    .map((field) => ({
      rule: 'list-is-connection',
      coordinate: `Query.${field.name}`,
      message: 'a root list is a Relay connection (`first`, `after`, `edges`, `pageInfo`, `totalCount`)',
    }));
}

function connectionsAreWellFormed(schema: GraphQLSchema): SchemaViolation[] {
  const fields: GraphQLField<unknown, unknown>[] = Object.values(schema.getQueryType()?.getFields() ?? {});
  return fields
    .filter((field) => getNamedType(field.type).name.endsWith('Connection') && !isConnection(field.type))
    .map((field) => ({ rule: 'list-is-connection', coordinate: `Query.${field.name}`, message: 'a connection has `edges`, `pageInfo` and `totalCount`' }));
}

function idViolation(coordinate: string, input: GraphQLArgument | GraphQLInputField): SchemaViolation[] {
  if (!isIdName(input.name) || isIdType(input.type, input.name.endsWith('Ids'))) return [];
  const wanted = input.name.endsWith('Ids') ? '[ID!]' : 'ID';
  return [{ rule: 'id-is-ID', coordinate, message: `an id is \`${wanted}\`, not \`${String(input.type)}\`` }];
}

function idsAreIDs(schema: GraphQLSchema): SchemaViolation[] {
  const violations: SchemaViolation[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || type.name.startsWith('join__') || type.name.startsWith('link__')) continue;
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) violations.push(...idViolation(`${type.name}.${field.name}`, field));
    } else if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) violations.push(...idViolation(`${type.name}.${field.name}(${arg.name}:)`, arg));
      }
    }
  }
  return violations;
}

/**
 * The promises the API guide makes about every operation, checked on a schema: mutations take an
 * idempotency key, root lists are connections (unless allowed, with a reason), ids are `ID`.
 */
export function lintSchema(schema: GraphQLSchema, allowedLists: ListAllowance = {}): SchemaViolation[] {
  return [...mutationsTakeAnIdempotencyKey(schema), ...rootListsAreConnections(schema, allowedLists), ...connectionsAreWellFormed(schema), ...idsAreIDs(schema)];
}
