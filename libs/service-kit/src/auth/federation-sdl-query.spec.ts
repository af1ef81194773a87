import { parse, type OperationDefinitionNode } from 'graphql';
import { isFederationSdlQuery } from './federation-sdl-query';

const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

describe(isFederationSdlQuery.name, () => {
  it.each([
    '{ _service { sdl } }',
    'query __ApolloGetServiceDefinition__ { _service { sdl } }',
    'query SubgraphIntrospectQuery { _service { sdl __typename } }',
  ])('should recognise %s', (source) => {
    expect(isFederationSdlQuery(operation(source))).toBe(true);
  });

  it.each([
    '{ _service { sdl } membersStatus { service } }',
    '{ _entities(representations: []) { __typename } }',
    '{ __typename }',
    '{ __schema { types { name } } }',
    '{ ...Sdl } fragment Sdl on Query { _service { sdl } }',
    'mutation { _service { sdl } }',
  ])('should not treat %s as the SDL query', (source) => {
    expect(isFederationSdlQuery(operation(source))).toBe(false);
  });

  it('should not treat a missing operation as the SDL query', () => {
    expect(isFederationSdlQuery(undefined)).toBe(false);
  });
});
