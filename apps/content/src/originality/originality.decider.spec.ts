import { deciderSpec } from '@groundswell/event-store/testing';
import { minHashSignature, textHash } from './minhash';
import { originalityDecider, type CheckOriginality } from './originality.decider';
import { OriginalityError } from './originality.error';
import { originalityEventTypes, type NearDuplicate, type OriginalityEvent } from './originality.events';

const itemId = '0190d2a4-0000-7000-8000-0000000000a1';
const [copyOf, related] = ['0190d2a4-0000-7000-8000-0000000000b1', '0190d2a4-0000-7000-8000-0000000000b2'];
const text = '端午节社群活动：分享你家乡的粽子做法，咸粽甜粽都欢迎，评选出最受欢迎的三种做法送出定制礼盒。';
const checkOf = (overrides: Partial<CheckOriginality> = {}): CheckOriginality => ({
  type: 'CheckOriginality',
  itemId,
  textHash: textHash(text),
  signature: minHashSignature(text),
  candidates: [],
  by: 'u-author',
  ...overrides,
});
const checked = (nearDuplicates: NearDuplicate[] = [], hash = textHash(text)): OriginalityEvent => ({
  type: originalityEventTypes.checked,
  data: { itemId, textHash: hash, signature: minHashSignature(text)!, nearDuplicates, original: nearDuplicates.length === 0, checkedBy: 'u-author' },
});

describe('originalityDecider', () => {
  const spec = deciderSpec(originalityDecider);

  describe('CheckOriginality', () => {
    it('should record an item without near-duplicates as original', () => {
      spec.given([]).when(checkOf({ candidates: [{ itemId: related, similarity: 0.4 }] })).then([checked()]);
    });

    it('should flag the candidates at or above the threshold, most similar first', () => {
      const candidates = [
        { itemId: related, similarity: 0.7 },
        { itemId: copyOf, similarity: 0.95 },
        { itemId: '0190d2a4-0000-7000-8000-0000000000b3', similarity: 0.69 },
      ];
      spec.given([]).when(checkOf({ candidates })).then([checked([{ itemId: copyOf, similarity: 0.95 }, { itemId: related, similarity: 0.7 }])]);
    });

    it('should never count the item as a duplicate of itself', () => {
      spec.given([]).when(checkOf({ candidates: [{ itemId, similarity: 1 }] })).then([checked()]);
    });

    it('should change nothing when the same text is checked again', () => {
      spec.given([checked()]).when(checkOf({ candidates: [{ itemId: copyOf, similarity: 1 }] })).then([]);
    });

    it('should check a revised text again', () => {
      spec.given([checked([], textHash('旧版本'))]).when(checkOf()).then([checked()]);
    });

    it('should refuse text with nothing to compare', () => {
      spec.given([]).when(checkOf({ signature: minHashSignature('，。！ ') })).thenThrows(OriginalityError, 'TEXT_EMPTY');
    });

    it('should refuse an item id that is not a UUID', () => {
      spec.given([]).when(checkOf({ itemId: 'post-1' })).thenThrows(OriginalityError, 'CONTENT_ITEM_ID_INVALID');
    });
  });
});
