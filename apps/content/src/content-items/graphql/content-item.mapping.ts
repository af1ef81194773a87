import type { ContentItemRecord } from '../content-item.queries';
import type { ItemContent } from '../content-item.values';
import type { StyleRule as DomainStyleRule } from '../style-guide/style-rules';
import type { ContentItemContentInput, StyleRule } from './content-item.inputs';
import type { ContentItem } from './content-item.types';

export const contentItemView = (record: ContentItemRecord): ContentItem => ({ ...record, communities: record.communityIds.map((id) => ({ id })) });

export const itemContentFrom = (input: ContentItemContentInput): ItemContent => ({
  ...input,
  platformNative: input.platformNative ?? undefined,
  brandTopic: input.brandTopic ?? undefined,
  campaignId: input.campaignId ?? undefined,
  media: input.media.map((asset) => ({ ...asset, attribution: asset.attribution ?? undefined })),
});

/** GraphQL has no unions for input: the kind says which of phrase or max applies; the decider checks the rest. */
export const styleRuleFrom = ({ ruleId, kind, phrase, max, message, platforms }: StyleRule): DomainStyleRule => {
  const common = { ruleId, message, ...(platforms ? { platforms } : {}) };
  return kind === 'max_exclamation_marks' ? { ...common, kind, max: max ?? -1 } : { ...common, kind, phrase: phrase ?? '' };
};
