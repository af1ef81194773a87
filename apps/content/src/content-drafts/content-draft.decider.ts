import type { Decider } from '@groundswell/event-store';
import { ContentDraftError } from './content-draft.error';
import { contentDraftEventTypes, type ContentDraftEvent } from './content-draft.events';

export interface CreateContentDraft {
  type: 'CreateContentDraft';
  contentDraftId: string;
  title: string;
  by: string;
}

export interface RenameContentDraft {
  type: 'RenameContentDraft';
  contentDraftId: string;
  title: string;
  by: string;
}

export type ContentDraftCommand = CreateContentDraft | RenameContentDraft;

export type ContentDraftState = { status: 'none' } | { status: 'drafted'; title: string };

export const MAX_TITLE_LENGTH = 200;

function validTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TITLE_LENGTH) {
    throw new ContentDraftError('TITLE_INVALID', `The title must be 1–${MAX_TITLE_LENGTH} characters`, { length: trimmed.length });
  }
  return trimmed;
}

function create(command: CreateContentDraft, state: ContentDraftState): ContentDraftEvent[] {
  if (state.status !== 'none') throw new ContentDraftError('CONTENT_DRAFT_EXISTS', 'This content draft exists already', { contentDraftId: command.contentDraftId });
  return [{ type: contentDraftEventTypes.created, data: { contentDraftId: command.contentDraftId, title: validTitle(command.title), createdBy: command.by } }];
}

function rename(command: RenameContentDraft, state: ContentDraftState): ContentDraftEvent[] {
  if (state.status === 'none') throw new ContentDraftError('CONTENT_DRAFT_NOT_FOUND', 'No such content draft', { contentDraftId: command.contentDraftId });
  const title = validTitle(command.title);
  // Renaming to the same title is what a retrying client does: nothing changes.
  if (title === state.title) return [];
  return [{ type: contentDraftEventTypes.renamed, data: { contentDraftId: command.contentDraftId, title, renamedBy: command.by } }];
}

export const contentDraftDecider: Decider<ContentDraftCommand, ContentDraftEvent, ContentDraftState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => (command.type === 'CreateContentDraft' ? create(command, state) : rename(command, state)),
  evolve: (_state, event) => ({ status: 'drafted', title: event.data.title }),
};
