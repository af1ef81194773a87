import type { Decider } from '@groundswell/event-store';
import { SIGNATURE_LENGTH } from './minhash';
import { OriginalityError, validContentItemId } from './originality.error';
import { originalityEventTypes, type NearDuplicate, type OriginalityEvent } from './originality.events';

/** Estimated Jaccard similarity of character 3-shingles from which a text is a near-duplicate (CNT-27). */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;
const MAX_LISTED = 20;

export interface CheckOriginality {
  type: 'CheckOriginality';
  itemId: string;
  textHash: string;
  /** Null when the text has nothing to compare (only spaces and punctuation). */
  signature: number[] | null;
  /** The tenant's other items that share a band with this one, with their estimated similarity. */
  candidates: NearDuplicate[];
  by: string;
}

export type OriginalityState = { checked: false } | { checked: true; textHash: string };

function check(command: CheckOriginality, state: OriginalityState): OriginalityEvent[] {
  validContentItemId(command.itemId);
  if (!command.signature || command.signature.length !== SIGNATURE_LENGTH) throw new OriginalityError('TEXT_EMPTY', 'There is no text to check', { itemId: command.itemId });
  // A resubmission with the same text was checked already: its verdict stands.
  if (state.checked && state.textHash === command.textHash) return [];
  const nearDuplicates = command.candidates
    .filter((candidate) => candidate.itemId !== command.itemId && candidate.similarity >= NEAR_DUPLICATE_THRESHOLD)
    .sort((left, right) => right.similarity - left.similarity || left.itemId.localeCompare(right.itemId))
    .slice(0, MAX_LISTED);
  return [
    {
      type: originalityEventTypes.checked,
      data: { itemId: command.itemId, textHash: command.textHash, signature: command.signature, nearDuplicates, original: nearDuplicates.length === 0, checkedBy: command.by },
    },
  ];
}

export const originalityDecider: Decider<CheckOriginality, OriginalityEvent, OriginalityState> = {
  initialState: () => ({ checked: false }),
  decide: check,
  evolve: (_state, event) => ({ checked: true, textHash: event.data.textHash }),
};
