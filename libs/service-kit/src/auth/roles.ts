// Erasable TypeScript only: also imported by scripts/token.ts, which Node runs directly.
/** The roles a token may carry (DESIGN §8); what each may do is in permissions.ts. */
export const roles = [
  'owner',
  'community_manager',
  'content_editor',
  'content_approver',
  'campaign_manager',
  'moderator',
  'analyst',
  'volunteer',
  'partner',
] as const;

export type Role = (typeof roles)[number];
