import type { ContentItemCreated, ContentVariantSet } from './content-item.events';
import type { ContentStatus, RiskTier } from './content-item.values';

type Variant = ContentVariantSet['data']['variant'];

export interface ExistingContentItem {
  status: ContentStatus;
  content: Omit<ContentItemCreated['data'], 'createdBy'>;
  createdBy: string;
  riskTier: RiskTier;
  variants: Record<string, Variant>;
  submission: number;
  /** Approval rounds this submission needs, moderation rounds included. */
  roundsRequired: number;
  approvers: string[];
  /** Screening id → platform, for the current submission; verdict once it came. */
  screenings: Record<string, { platform: Variant['platform']; verdict?: string }>;
  blocked: boolean;
  publishAt?: string;
  fastTrack: boolean;
  postReviewed: boolean;
  confirmedPosts: Record<string, string>;
}

export type ContentItemState = { status: 'none' } | ExistingContentItem;

export const exists = (state: ContentItemState): state is ExistingContentItem => state.status !== 'none';
