import { RequestError } from '@groundswell/service-kit';

const tagKeyPattern = /^[a-z0-9][a-z0-9_-]{0,49}$/;

/** A tag's stable handle in the API and in segment filters, e.g. `koc` or `car-owner`. */
export function requireTagKey(key: string): string {
  if (!tagKeyPattern.test(key)) throw new RequestError('BAD_USER_INPUT', 'A tag key is 1–50 characters of [a-z0-9_-], starting with a letter or digit', { key });
  return key;
}
