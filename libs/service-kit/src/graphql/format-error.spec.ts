import { GraphQLError } from 'graphql';
import { RequestError } from '../errors/app-error';
import { formatGraphqlError } from './format-error';

describe(formatGraphqlError.name, () => {
  const formatted = (error: GraphQLError) => formatGraphqlError(error.toJSON(), error);

  it('should expose an application error\'s category as code and its own code as reason', () => {
    const error = new GraphQLError('Not allowed', { originalError: new RequestError('FORBIDDEN', 'Outside your community scope', { communityId: 'c1' }) });
    expect(formatted(error).extensions).toEqual({ code: 'FORBIDDEN', reason: 'FORBIDDEN', details: { communityId: 'c1' } });
  });

  it('should map GraphQL validation failures to BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field "nope"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatted(error)).toMatchObject({ message: 'Cannot query field "nope"', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('should keep Apollo\'s finer code as the reason', () => {
    const error = new GraphQLError('Syntax Error: Expected Name', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(formatted(error).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
  });

  it('should keep the reason of an error a subgraph already formatted', () => {
    const error = new GraphQLError('Already a member', { extensions: { code: 'CONFLICT', reason: 'ALREADY_MEMBER', stacktrace: ['at x'] } });
    expect(formatted(error).extensions).toEqual({ code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
  });

  it('should hide unexpected errors behind INTERNAL and report them', () => {
    const reported: unknown[] = [];
    const cause = new Error('duplicate key value violates unique constraint "x" on host db-7.internal');
    const error = new GraphQLError(cause.message, { originalError: cause });
    const result = formatGraphqlError(error.toJSON(), error, (report) => reported.push(report));
    expect(result).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL' }, locations: undefined, path: undefined });
    expect(reported).toEqual([cause]);
  });
});

describe('formatGraphqlError for errors raised before execution', () => {
  it('should treat a variable graphql-js could not coerce as BAD_USER_INPUT even without a code', () => {
    const error = new GraphQLError('Variable "$first" got invalid value "many"; Int cannot represent non-integer value: "many"', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(formatGraphqlError(error.toJSON(), error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('should keep an execution-time failure with a path INTERNAL', () => {
    const error = new GraphQLError('Cannot return null for non-nullable field Query.member', { path: ['member'] });
    expect(formatGraphqlError(error.toJSON(), error).extensions).toEqual({ code: 'INTERNAL' });
  });
});

describe('formatGraphqlError for values PostgreSQL refused', () => {
  const databaseError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: 'ERROR' });
  const formattedFrom = (cause: Error) => {
    const error = new GraphQLError(cause.message, { originalError: cause, path: ['member'] });
    return formatGraphqlError(error.toJSON(), error);
  };

  it('should answer a malformed id with BAD_USER_INPUT and say ids are UUIDs', () => {
    const result = formattedFrom(databaseError('22P02', 'invalid input syntax for type uuid: "not-a-member-id"'));
    expect(result).toMatchObject({ message: expect.stringContaining('UUID'), extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' } });
  });

  it('should answer a NUL byte in text with BAD_USER_INPUT', () => {
    const result = formattedFrom(databaseError('22P05', 'unsupported Unicode escape sequence'));
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_TEXT_ENCODING' });
  });

  it('should keep a database fault that is not about a value INTERNAL', () => {
    const reported: unknown[] = [];
    const cause = databaseError('53300', 'sorry, too many clients already');
    const error = new GraphQLError(cause.message, { originalError: cause, path: ['member'] });
    expect(formatGraphqlError(error.toJSON(), error, (report) => reported.push(report)).extensions).toEqual({ code: 'INTERNAL' });
    expect(reported).toEqual([cause]);
  });
});
