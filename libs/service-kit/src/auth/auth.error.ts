import { GraphQLError } from 'graphql';
import { categorisedError, type PublicErrorCode } from '../errors/app-error';

export const authErrorCodes = {
  CREDENTIALS_MISSING: 'UNAUTHENTICATED',
  TOKEN_INVALID: 'UNAUTHENTICATED',
  TOKEN_EXPIRED: 'UNAUTHENTICATED',
  TOKEN_CLAIMS_INVALID: 'UNAUTHENTICATED',
  IDENTITY_MISSING: 'UNAUTHENTICATED',
  IDENTITY_INVALID: 'UNAUTHENTICATED',
  IDENTITY_STALE: 'UNAUTHENTICATED',
  PERMISSION_DENIED: 'FORBIDDEN',
} as const satisfies Record<string, PublicErrorCode>;

export type AuthErrorCode = keyof typeof authErrorCodes;

export class AuthError extends categorisedError(authErrorCodes) {
  /**
   * For a request refused before execution (context, plugins): no data, and an HTTP status that
   * proxies and clients understand. formatGraphqlError still sees this AuthError as the cause.
   */
  toRequestError(headers: Record<string, string> = {}): GraphQLError {
    return new GraphQLError(this.message, {
      originalError: this,
      extensions: {
        code: this.category,
        http: { status: this.category === 'FORBIDDEN' ? 403 : 401, headers: new Map(Object.entries(headers)) },
      },
    });
  }
}
