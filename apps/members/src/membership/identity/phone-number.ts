import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { MemberDomainError } from '../../shared/member-domain.error';

const separators = /[\s\-.()/]/g;
const mainlandMobileWithCountryCode = /^861[3-9]\d{9}$/;

const invalid = (message: string) => new MemberDomainError('INVALID_PHONE_NUMBER', message);

/**
 * A phone number in E.164 (`+8613800138000`), checked against each country's numbering plan
 * (libphonenumber's full metadata): mainland mobiles and landlines, Hong Kong (+852), Macau (+853),
 * Taiwan (+886) and every other country. Without `+` or `00` the number is read as mainland China
 * (a mobile may also be written with a bare leading `86`). Full-width digits and common separators
 * are tolerated; letters and extensions are not.
 */
export function normalisePhoneNumber(raw: string): string {
  const compact = raw.normalize('NFKC').trim().replace(separators, '');
  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : undefined;
  const digits = international ?? compact;
  if (!/^\d+$/.test(digits)) throw invalid('A phone number may contain only digits, spaces, hyphens and a leading +');
  const written = international !== undefined || mainlandMobileWithCountryCode.test(digits) ? `+${digits}` : digits;
  const phone = parsePhoneNumberFromString(written, { defaultCountry: 'CN' });
  if (!phone?.isValid()) throw invalid('Not a valid phone number; outside mainland China add +<country code>');
  return phone.number;
}
