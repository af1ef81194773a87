import { randomUUID } from 'node:crypto';
import { getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLArgument, type GraphQLInputField, type GraphQLInputType, type GraphQLNamedType, type GraphQLOutputType } from 'graphql';
import type { RootOperation } from './supergraph-operations';

/** Real values of the attacked tenant, by the argument or input field name that carries them (`communityId`, `tagKey`…). */
export type KnownValues = Readonly<Record<string, string>>;

export interface GeneratedOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface OperationOptions {
  /** How deep the selection may reach below the root field (the gateway refuses deeper queries). */
  selectionDepth: number;
  /** A fixed instant, so the same query reads the same state twice. */
  now: Date;
}

const lowerFirst = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

/**
 * Scalars and enums at every level the depth allows, through object fields that need no arguments; `__typename` always.
 * Depth 0 selects `__typename` alone: valid in the one subgraph that owns the root field, whichever
 * subgraphs contribute the type's other fields.
 */
export function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  if (depth <= 0) return '{ __typename }';
  const fields = Object.values(named.getFields())
    .filter((field) => field.args.every((argument) => !isNonNullType(argument.type)))
    .flatMap((field) => {
      const inner = getNamedType(field.type);
      if (isScalarType(inner) || isEnumType(inner)) return [field.name];
      if (!isObjectType(inner) || depth <= 1) return [];
      const nested = selectionFor(field.type, depth - 1);
      return nested ? [`${field.name} ${nested}`] : [];
    });
  return `{ __typename ${fields.join(' ')} }`;
}

/**
 * A valid-looking call of one root field: every required argument and input field, plus any
 * (optional) one whose name matches a known value of the attacked tenant, plus `idempotencyKey`.
 * An argument called plain `id` takes the known id of the type the field returns (`community(id)` → `communityId`).
 */
export function buildOperation({ rootType, field }: RootOperation, known: KnownValues, options: OperationOptions): GeneratedOperation {
  const ownIdName = `${lowerFirst(getNamedType(field.type).name)}Id`;
  const valueOf = (name: string, type: GraphQLInputType): unknown => {
    const named = getNamedType(type);
    const knownValue = known[name === 'id' ? ownIdName : name];
    if (knownValue !== undefined && (named.name === 'ID' || named.name === 'String')) return isListType(getNullableType(type)) ? [knownValue] : knownValue;
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [valueOf(name, nullable.ofType as GraphQLInputType)];
    return scalarValue(name, named, options.now, valueOf);
  };
  const wanted = (input: GraphQLArgument | GraphQLInputField) =>
    (isNonNullType(input.type) && input.defaultValue === undefined) || input.name === 'idempotencyKey' || (known[input.name] !== undefined && ['ID', 'String'].includes(getNamedType(input.type).name));
  const argumentsUsed = field.args.filter(wanted);
  const variables = Object.fromEntries(argumentsUsed.map((argument) => [argument.name, valueOf(argument.name, argument.type)]));
  const name = `Security_${field.name}`;
  const declarations = argumentsUsed.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
  const call = argumentsUsed.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const query = `${rootType === 'Query' ? 'query' : 'mutation'} ${name}${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionFor(field.type, options.selectionDepth)} }`;
  return { name, query, variables };

  function scalarValue(name: string, named: GraphQLNamedType, now: Date, nested: typeof valueOf): unknown {
    if (isEnumType(named)) return named.getValues()[0]!.value;
    if (isInputObjectType(named)) {
      return Object.fromEntries(Object.values(named.getFields()).filter(wanted).map((input) => [input.name, nested(input.name, input.type)]));
    }
    switch (named.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return now.toISOString();
      case 'String':
        if (name === 'idempotencyKey') return randomUUID();
        if (name === 'from') return new Date(now.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
        if (name === 'to') return now.toISOString().slice(0, 10);
        return `security-${name}`;
      default:
        throw new Error(`No generated value for scalar ${named.name} (argument ${name}): teach operation-builder.ts`);
    }
  }
}
