import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLField, type GraphQLSchema } from 'graphql';
import { supergraphFile } from '../subgraph-list';
import { operationPermissionsFile, type OperationPermissions } from './operation-permissions';

export type RootType = 'Query' | 'Mutation';

export interface RootOperation {
  rootType: RootType;
  field: GraphQLField<unknown, unknown>;
}

// Federation's own entry points: the gateway calls them, clients never do.
const federationFields = new Set(['_entities', '_service']);

export function readSupergraphSchema(path = supergraphFile): GraphQLSchema {
  return buildSchema(readFileSync(path, 'utf8'), { assumeValidSDL: true });
}

export function readOperationPermissions(path = operationPermissionsFile): OperationPermissions {
  return JSON.parse(readFileSync(path, 'utf8')) as OperationPermissions;
}

/** Every query and mutation a client can send, straight from the schema: nobody keeps this list. */
export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  const roots: Array<[RootType, ReturnType<GraphQLSchema['getQueryType']>]> = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([rootType, type]) =>
    Object.values(type?.getFields() ?? {})
      .filter((field) => !federationFields.has(field.name))
      .map((field) => ({ rootType, field })),
  );
}
