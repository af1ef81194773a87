import { Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

function onlyFields(selectionSet: SelectionSetNode | undefined, allowed: readonly string[]): boolean {
  return !!selectionSet && selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && allowed.includes(selection.name.value));
}

/**
 * `{ _service { sdl } }`: how composition tools (rover, IntrospectAndCompose) read a subgraph's
 * schema over HTTP without any caller identity. The SDL is public; nothing else is answered this way.
 */
export function isFederationSdlQuery(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== 'query' || !onlyFields(operation.selectionSet, ['_service', '__typename'])) return false;
  const fields = operation.selectionSet.selections;
  return fields.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '_service') && fields.every(
    (selection) => selection.kind === Kind.FIELD && (selection.name.value === '__typename' || onlyFields(selection.selectionSet, ['sdl', '__typename'])),
  );
}
