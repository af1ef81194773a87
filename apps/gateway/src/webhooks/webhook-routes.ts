/** A JSON webhook the gateway authenticates, rate-limits, audits and forwards to the service that owns it. */
export interface WebhookRoute {
  /** The subgraph that owns it. */
  service: string;
  /** Its path on that service. */
  path: string;
  /** What the audit log records. */
  operationName: string;
  field: string;
  /** What the refusal says a body must be. */
  shape: string;
  targets: (body: unknown) => Array<{ argument: string; id: string }>;
}

function communityTarget(body: unknown): Array<{ argument: string; id: string }> {
  const communityId = (body as { communityId?: unknown } | null)?.communityId;
  return typeof communityId === 'string' ? [{ argument: 'communityId', id: communityId }] : [];
}

export const webhookRoutes = {
  membersActivity: {
    service: 'members',
    path: '/webhooks/activity',
    operationName: 'POST /webhooks/members/activity',
    field: 'webhooks.members.activity',
    shape: '{communityId, activities}',
    targets: communityTarget,
  },
  campaignsConversions: {
    service: 'campaigns',
    path: '/webhooks/conversions',
    operationName: 'POST /webhooks/campaigns/conversions',
    field: 'webhooks.campaigns.conversions',
    shape: '{conversions, refunds}',
    targets: () => [],
  },
  contentPosts: {
    service: 'content',
    path: '/webhooks/content-posts',
    operationName: 'POST /webhooks/content/posts',
    field: 'webhooks.content.posts',
    shape: '{posts}',
    targets: (body) => {
      const posts = (body as { posts?: unknown } | null)?.posts;
      return Array.isArray(posts) ? posts.flatMap((post) => (typeof post?.contentItemId === 'string' ? [{ argument: 'contentItemId', id: post.contentItemId as string }] : [])) : [];
    },
  },
  contentEngagement: {
    service: 'content',
    path: '/webhooks/engagement',
    operationName: 'POST /webhooks/content/engagement',
    field: 'webhooks.content.engagement',
    shape: '{communityId, signals}',
    targets: communityTarget,
  },
} as const satisfies Record<string, WebhookRoute>;
