import { getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, type GraphQLInputType } from 'graphql';
import { buildOperation, selectionFor, type KnownValues, type OperationOptions } from '../security/operation-builder';
import type { RootOperation } from '../security/supergraph-operations';
import { hostileValuesFor, oncePerOperation, type InputKind } from './hostile-values';
import { graphqlBody, jsonHeaders, type FuzzRequest } from './fuzz-request';

export interface OperationCaseOptions extends OperationOptions {
  /** Hostile values tried in each argument and input field. */
  valuesPerSlot: number;
  seed: number;
}

/** Where a hostile value goes in an operation's variables: an argument, or a field of an input argument. */
interface Slot {
  path: string[];
  type: GraphQLInputType;
}

function kindOf(type: GraphQLInputType): InputKind {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return 'List';
  if (isEnumType(nullable)) return 'Enum';
  if (isInputObjectType(nullable)) return 'Object';
  const name = getNamedType(type).name;
  return (['ID', 'Int', 'Float', 'Boolean', 'DateTime'] as const).find((kind) => kind === name) ?? 'String';
}

function slotsOf(operation: RootOperation): Slot[] {
  return operation.field.args.flatMap((argument) => {
    const own: Slot = { path: [argument.name], type: argument.type };
    const named = getNamedType(argument.type);
    if (!isInputObjectType(named)) return [own];
    const listed = isListType(getNullableType(argument.type));
    const fields = Object.values(named.getFields()).map((field) => ({ path: [argument.name, ...(listed ? ['0'] : []), field.name], type: field.type }));
    return [own, ...fields];
  });
}

function withValueAt(variables: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables) as Record<string, any>;
  let target = copy;
  for (const key of path.slice(0, -1)) {
    if (target[key] === null || typeof target[key] !== 'object') target[key] = /^\d+$/.test(key) ? [] : {};
    target = target[key];
  }
  target[path.at(-1)!] = value;
  return copy;
}

function valueAt(variables: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), variables);
}

/**
 * Hostile calls of one root field, built from its valid call (operation-builder.ts): every argument
 * and input field in turn gets hostile values of its type (declared in the operation, so the
 * gateway's variable coercion meets them), and the first string slot also gets 1 MB and invalid
 * UTF-8; lists get 10,000 items.
 */
export function operationCases(operation: RootOperation, known: KnownValues, options: OperationCaseOptions, headers: Record<string, string>): FuzzRequest[] {
  const valid = buildOperation(operation, known, options);
  const { field, rootType } = operation;
  // Every argument is declared, so a slot the valid call left out still reaches the gateway.
  const declarations = field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
  const call = field.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const query = `${rootType === 'Query' ? 'query' : 'mutation'} ${valid.name}${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionFor(field.type, options.selectionDepth)} }`;
  const request = (label: string, variables: Record<string, unknown>): FuzzRequest => ({
    family: 'arguments',
    label: `${rootType}.${field.name} ${label}`,
    method: 'POST',
    path: '/graphql',
    headers: { ...jsonHeaders, ...headers },
    body: graphqlBody({ query, operationName: valid.name, variables }),
  });
  const slots = slotsOf(operation);
  const cases = slots.flatMap((slot, index) =>
    hostileValuesFor(kindOf(slot.type), options.valuesPerSlot, options.seed + index).map((value) =>
      request(`${slot.path.join('.')}=${JSON.stringify(value)?.slice(0, 40)}`, withValueAt(valid.variables, slot.path, value)),
    ),
  );
  const firstString = slots.find((slot) => kindOf(slot.type) === 'String' || kindOf(slot.type) === 'ID');
  if (firstString) {
    cases.push(request(`${firstString.path.join('.')}=<1 MB>`, withValueAt(valid.variables, firstString.path, oncePerOperation.megabyteString)));
    cases.push(request(`${firstString.path.join('.')}=<invalid UTF-8>`, withValueAt(valid.variables, firstString.path, oncePerOperation.invalidUtf8)));
  }
  const firstList = slots.find((slot) => kindOf(slot.type) === 'List');
  if (firstList) {
    const validList = valueAt(valid.variables, firstList.path);
    const item = Array.isArray(validList) && validList.length > 0 ? validList[0] : 'x';
    cases.push(request(`${firstList.path.join('.')}=<10,000 items>`, withValueAt(valid.variables, firstList.path, oncePerOperation.tenThousandItems(item))));
  }
  return cases;
}
