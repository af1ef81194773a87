import { randomInt } from 'node:crypto';

// Crockford base32 (no I, L, O or U) so a code shared by voice or screenshot can't be misread.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = 12;

/** A referral code like `R-7KQ2M9XDR4TA`: 12 symbols from a CSPRNG, 60 bits, so codes can't be enumerated to farm rewards. */
export function newReferralCode(): string {
  return `R-${Array.from({ length: SYMBOLS }, () => alphabet[randomInt(alphabet.length)]).join('')}`;
}

/** A code as a person may type it: any case, spaces or dashes anywhere. */
export function normaliseReferralCode(typed: string): string {
  const symbols = typed.toUpperCase().replace(/[\s-]/g, '');
  return symbols.startsWith('R') && symbols.length === SYMBOLS + 1 ? `R-${symbols.slice(1)}` : symbols.slice(0, 64);
}
