import { MemberDomainError, type MemberDomainErrorCode } from './member-domain.error';

/** Trimmed, non-empty and within `max` characters, or the given rejection. */
export function requireText(value: string | undefined, max: number, code: MemberDomainErrorCode, field: string): string {
  const text = value?.trim() ?? '';
  if (text.length === 0 || [...text].length > max) {
    throw new MemberDomainError(code, `${field} must be 1–${max} characters`, { field });
  }
  return text;
}

export function optionalText(value: string | undefined, max: number, code: MemberDomainErrorCode, field: string) {
  return value === undefined ? undefined : requireText(value, max, code, field);
}
