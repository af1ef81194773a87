/** The stable codes clients see in `extensions.code`. */
export const publicErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SUBGRAPH_UNAVAILABLE',
  'OVERLOADED',
  'INTERNAL',
] as const;
export type PublicErrorCode = (typeof publicErrorCodes)[number];

/**
 * Base of every module's own error type. `code` is the module's precise string code (e.g.
 * `POINTS_INSUFFICIENT`), `category` the public code it maps to; both reach the client.
 */
export abstract class AppError extends Error {
  abstract readonly category: PublicErrorCode;

  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * The base of a module's error type, from its table of precise codes and the public category each
 * maps to: `export class PointsError extends categorisedError(pointsErrorCodes) {}`.
 */
export function categorisedError<Code extends string>(categories: Readonly<Record<Code, PublicErrorCode>>) {
  return class extends AppError {
    declare readonly code: Code;
    readonly category: PublicErrorCode;

    constructor(code: Code, message: string, details?: Record<string, unknown>) {
      super(code, message, details);
      this.category = categories[code];
    }
  };
}

export class RequestError extends AppError {
  constructor(
    readonly category: PublicErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(category, message, details);
  }
}
