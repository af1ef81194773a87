import { AppError, type PublicErrorCode } from './app-error';
import { httpStatusOf, type PublicError } from './http-error-body';

/**
 * A module's error as an HTTP answer outside GraphQL: the status its public category maps to, the
 * category as `code` and the module's precise code as `reason`. Undefined for anything else.
 */
export function appErrorAnswer(exception: unknown): [number, PublicError] | undefined {
  if (!(exception instanceof AppError)) return undefined;
  const category = (exception as AppError & { category: PublicErrorCode }).category;
  const reason = exception.code !== category ? { reason: exception.code } : {};
  return [httpStatusOf[category], { code: category, ...reason, message: exception.message, ...(exception.details ? { details: exception.details } : {}) }];
}
