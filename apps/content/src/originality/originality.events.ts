// Contract: ContentOriginalityCheckedV1 in libs/events/src/content/calendar-events.ts.
export const originalityEventTypes = { checked: 'groundswell.content.ContentOriginalityChecked.v1' } as const;

export interface NearDuplicate {
  itemId: string;
  similarity: number;
}

export type ContentOriginalityChecked = {
  type: typeof originalityEventTypes.checked;
  data: { itemId: string; textHash: string; signature: number[]; nearDuplicates: NearDuplicate[]; original: boolean; checkedBy: string };
};
export type OriginalityEvent = ContentOriginalityChecked;

/** One stream per content item: each submission with changed text is checked again. */
export const originalityStreamType = 'content-originality';
export const originalityStream = (itemId: string) => ({ streamId: `${originalityStreamType}-${itemId}`, streamType: originalityStreamType });
