// Kept in the content service's own event store; nothing outside reacts to them yet. Publishing one
// means a contract in libs/events and a relay in content.app.ts.
export const contentDraftEventTypes = {
  created: 'groundswell.content.ContentDraftCreated.v1',
  renamed: 'groundswell.content.ContentDraftRenamed.v1',
} as const;

export interface ContentDraftCreated {
  type: typeof contentDraftEventTypes.created;
  data: { contentDraftId: string; title: string; createdBy: string };
}

export interface ContentDraftRenamed {
  type: typeof contentDraftEventTypes.renamed;
  data: { contentDraftId: string; title: string; renamedBy: string };
}

export type ContentDraftEvent = ContentDraftCreated | ContentDraftRenamed;

export const contentDraftStreamType = 'content-draft';
export const contentDraftStream = (contentDraftId: string) => ({ streamId: `${contentDraftStreamType}-${contentDraftId}`, streamType: contentDraftStreamType });
