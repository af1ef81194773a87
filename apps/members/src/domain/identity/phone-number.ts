import { MemberDomainError } from '../member-domain.error';

const chinaMobile = /^1[3-9]\d{9}$/;
const separators = /[\s\-.()/]/g;

const invalid = (message: string) => new MemberDomainError('INVALID_PHONE_NUMBER', message);

/**
 * A phone number in E.164 (`+8613800138000`), China first. libphonenumber-js is not installed, so
 * this is deliberately narrow:
 * - without a country code, only a mainland mobile number (11 digits, 1[3-9]…) is accepted, with
 *   or without a leading `86`;
 * - `+86` / `0086` numbers must be mainland mobiles: landlines and service numbers are rejected;
 * - any other `+<digits>` / `00<digits>` number is accepted when it has 7–15 digits and does not
 *   start with 0, without checking the country's own numbering plan;
 * - full-width digits and common separators are tolerated; extensions and letters are not.
 */
export function normalisePhoneNumber(raw: string): string {
  const compact = raw.normalize('NFKC').trim().replace(separators, '');
  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : undefined;
  const digits = international ?? compact;
  if (!/^\d+$/.test(digits)) throw invalid('A phone number may contain only digits, spaces, hyphens and a leading +');

  if (international === undefined) {
    if (chinaMobile.test(digits)) return `+86${digits}`;
    if (digits.startsWith('86') && chinaMobile.test(digits.slice(2))) return `+${digits}`;
    throw invalid('Without a country code only mainland China mobile numbers are recognised; add +<country code>');
  }
  if (digits.startsWith('86')) {
    if (chinaMobile.test(digits.slice(2))) return `+${digits}`;
    throw invalid('A +86 number must be an 11-digit mainland mobile number');
  }
  if (digits.startsWith('0') || digits.length < 7 || digits.length > 15) {
    throw invalid('An international number has a country code and 7–15 digits in all');
  }
  return `+${digits}`;
}
