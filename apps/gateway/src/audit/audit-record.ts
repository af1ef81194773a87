import { getNamedType, getNullableType, getOperationAST, isInputObjectType, isListType, Kind, parse, valueFromAST, type DocumentNode, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import type { AuditRecordData, AuditTarget } from '@groundswell/events';

export interface AuditedRequest {
  schema: GraphQLSchema;
  /** The parsed document when Apollo got that far; otherwise the query text is parsed here. */
  document?: DocumentNode;
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  actor: string;
  requestId: string;
  errorCodes: readonly unknown[];
}

// A 10,000-item activity batch names a member per item; the log keeps the first ones, not all.
export const MAX_AUDIT_TARGETS = 100;

function documentOf(request: AuditedRequest): DocumentNode | undefined {
  if (request.document) return request.document;
  if (!request.query) return undefined;
  try {
    return parse(request.query);
  } catch {
    return undefined;
  }
}

function collectIds(type: GraphQLInputType, value: unknown, path: string, into: Map<string, AuditTarget>): void {
  if (value === null || value === undefined || into.size >= MAX_AUDIT_TARGETS) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) for (const item of value) collectIds(nullable.ofType, item, path, into);
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const [name, field] of Object.entries(nullable.getFields())) collectIds(field.type, (value as Record<string, unknown>)[name], `${path}.${name}`, into);
    return;
  }
  if (getNamedType(nullable).name === 'ID') into.set(`${path}\u0000${String(value)}`, { argument: path, id: String(value) });
}

/** The audit record of a mutation request, or null when the request is not (recognisably) a mutation. */
export function auditRecordOf(request: AuditedRequest): AuditRecordData | null {
  const document = documentOf(request);
  const operation = document && getOperationAST(document, request.operationName ?? undefined);
  if (!operation || operation.operation !== 'mutation') return null;
  const mutationFields = request.schema.getMutationType()?.getFields() ?? {};
  const fields: string[] = [];
  const targets = new Map<string, AuditTarget>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value === '__typename') continue;
    fields.push(selection.name.value);
    const definition = mutationFields[selection.name.value];
    for (const argument of selection.arguments ?? []) {
      const argumentDefinition = definition?.args.find((candidate) => candidate.name === argument.name.value);
      if (!argumentDefinition) continue;
      const value = valueFromAST(argument.value, argumentDefinition.type, request.variables ?? {});
      collectIds(argumentDefinition.type, value, argument.name.value, targets);
    }
  }
  if (fields.length === 0) return null;
  const firstCode = request.errorCodes.find((code) => typeof code === 'string');
  return {
    actor: request.actor,
    operationName: operation.name?.value ?? null,
    fields,
    targets: [...targets.values()],
    result: request.errorCodes.length === 0 ? 'ok' : typeof firstCode === 'string' ? firstCode : 'INTERNAL',
    requestId: request.requestId,
  };
}
