import { pbkdf2Sync, randomBytes } from 'node:crypto';

/** Kafka's SCRAM-SHA-512 (RFC 5802): the broker stores the salt and the salted password, never the password. */
export const scramMechanism = { name: 'SCRAM-SHA-512', kafkaType: 2, hash: 'sha512', keyLength: 64 } as const;

// Kafka accepts 4096 to 16384; more costs every partner connection more CPU for little gain.
export const scramIterations = 8192;

export interface SaltedScramCredential {
  iterations: number;
  salt: Buffer;
  saltedPassword: Buffer;
}

export function saltedScramCredential(password: string, salt: Buffer = randomBytes(32)): SaltedScramCredential {
  return { iterations: scramIterations, salt, saltedPassword: pbkdf2Sync(password, salt, scramIterations, scramMechanism.keyLength, scramMechanism.hash) };
}

/** 256 random bits, URL-safe, so it survives every client's configuration format. */
export const newPartnerPassword = () => randomBytes(32).toString('base64url');
