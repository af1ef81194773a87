import { randomInt } from 'node:crypto';

// Crockford base32: no I, L, O or U, so a code read aloud or typed from a screenshot can't be misread.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/**
 * A coupon code like `7KQ2-M9XD-R4TA-H0PZ`: 16 symbols from a CSPRNG, 80 bits, so guessing one
 * valid code among even a million issued takes ~10^18 tries.
 */
export function newCouponCode(): string {
  return Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => alphabet[randomInt(alphabet.length)]).join('')).join('-');
}

/** A code as a person may type it: any case, with or without separators or spaces. */
export function normaliseCouponCode(typed: string): string {
  const symbols = typed.toUpperCase().replace(/[\s-]/g, '');
  return symbols.length === GROUPS * GROUP_LENGTH ? (symbols.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g')) ?? []).join('-') : symbols.slice(0, 64);
}
