import { randomUUID } from 'node:crypto';
import type { Actor, EncryptedField } from '@groundswell/events';

/** Test data only. */
export const anOperator = (id = 'operator-li'): Actor => ({ kind: 'operator', id });
export const aSystemActor = (id = 'lifecycle-evaluator'): Actor => ({ kind: 'system', id });
export const theMember = (memberId: string): Actor => ({ kind: 'member', id: memberId });

export const anId = (): string => randomUUID();

export function anEncryptedField(overrides: Partial<EncryptedField> = {}): EncryptedField {
  return {
    keyId: 'member-key-1',
    ciphertext: Buffer.from(randomUUID()).toString('base64'),
    iv: Buffer.from('123456789012').toString('base64'),
    tag: Buffer.from('1234567890123456').toString('base64'),
    ...overrides,
  };
}

export const at = (iso: string): Date => new Date(iso);
