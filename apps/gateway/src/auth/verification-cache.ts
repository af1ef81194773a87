import { createHash } from 'node:crypto';

export interface Verified<T> {
  value: T;
  /** Epoch milliseconds until which the answer is trusted without verifying again. */
  trustedUntil: number;
}

interface Entry<T> {
  value: Promise<T>;
  /** Undefined while the verification runs: concurrent requests with the same credential share it. */
  trustedUntil?: number;
}

/**
 * Answers for presented credentials (bearer tokens, API keys), so a caller's burst verifies once.
 * Held under a hash of the credential, so a heap dump doesn't hand out working ones. A failed
 * verification is not an answer: the next request verifies again. Bounded: the oldest entry goes first.
 */
export class VerificationCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(presented: string, verify: () => Promise<Verified<T>>): Promise<T> {
    const key = createHash('sha256').update(presented).digest('base64url');
    const cached = this.entries.get(key);
    if (cached && (cached.trustedUntil === undefined || cached.trustedUntil > this.now())) return cached.value;
    const verification = verify();
    const entry: Entry<T> = { value: verification.then(({ value }) => value) };
    verification.then(
      ({ trustedUntil }) => void (entry.trustedUntil = trustedUntil),
      () => this.entries.get(key) === entry && this.entries.delete(key),
    );
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, entry);
    return entry.value;
  }
}
