import { deciderSpec } from '@groundswell/event-store/testing';
import { contentDraftDecider, type CreateContentDraft, type RenameContentDraft } from './content-draft.decider';
import { ContentDraftError } from './content-draft.error';
import { contentDraftEventTypes, type ContentDraftEvent } from './content-draft.events';

const create = (overrides: Partial<CreateContentDraft> = {}): CreateContentDraft => ({
  type: 'CreateContentDraft',
  contentDraftId: 'd1',
  title: 'First version',
  by: 'u-author',
  ...overrides,
});
const rename = (overrides: Partial<RenameContentDraft> = {}): RenameContentDraft => ({
  type: 'RenameContentDraft',
  contentDraftId: 'd1',
  title: 'First version, final',
  by: 'u-author',
  ...overrides,
});

const created = (title = 'First version'): ContentDraftEvent => ({
  type: contentDraftEventTypes.created,
  data: { contentDraftId: 'd1', title, createdBy: 'u-author' },
});
const renamed = (title: string): ContentDraftEvent => ({
  type: contentDraftEventTypes.renamed,
  data: { contentDraftId: 'd1', title, renamedBy: 'u-author' },
});

describe('contentDraftDecider', () => {
  const spec = deciderSpec(contentDraftDecider);

  describe('CreateContentDraft', () => {
    it('should create a content draft with its title trimmed', () => {
      spec.given([]).when(create({ title: '  First version ' })).then([created()]);
    });

    it('should refuse an empty or overlong title', () => {
      spec.given([]).when(create({ title: '   ' })).thenThrows(ContentDraftError, 'TITLE_INVALID');
      spec.given([]).when(create({ title: 'x'.repeat(201) })).thenThrows(ContentDraftError, 'TITLE_INVALID');
    });

    it('should refuse to create the same content draft twice', () => {
      spec.given([created()]).when(create()).thenThrows(ContentDraftError, 'CONTENT_DRAFT_EXISTS');
    });
  });

  describe('RenameContentDraft', () => {
    it('should rename a content draft', () => {
      spec.given([created()]).when(rename()).then([renamed('First version, final')]);
    });

    it('should change nothing when the title is the current one', () => {
      spec.given([created(), renamed('First version, final')]).when(rename({ title: ' First version, final' })).then([]);
    });

    it('should refuse an empty title', () => {
      spec.given([created()]).when(rename({ title: '' })).thenThrows(ContentDraftError, 'TITLE_INVALID');
    });

    it('should answer NOT_FOUND for a content draft that was never created', () => {
      spec.given([]).when(rename()).thenThrows(ContentDraftError, 'CONTENT_DRAFT_NOT_FOUND');
    });
  });
});
