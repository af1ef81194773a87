import type { CommunityKey, DemoData } from '../demo-data.ts';
import { communitiesQuery, createCommunityMutation } from '../demo-operations.ts';
import { DemoLoadError, errorMessages, type GraphqlRequest, type GraphqlResponse } from '../graphql-client.ts';

export interface CommunityNode {
  id: string;
  name: string;
  externalId: string | null;
  memberCount: number;
}

interface CommunityPage {
  edges: Array<{ node: CommunityNode }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export type CommunitySummary = Record<CommunityKey, { id: string; name: string; memberCount: number }>;

/** The tenant's communities by external id: the demo's are found by theirs. */
export async function existingCommunities(request: GraphqlRequest): Promise<Map<string, CommunityNode>> {
  const byExternalId = new Map<string, CommunityNode>();
  let after: string | null = null;
  for (;;) {
    const page: GraphqlResponse<{ communities: CommunityPage }> = await request(communitiesQuery, { after });
    if (!page.data) throw new DemoLoadError(`listing communities failed: ${errorMessages(page.errors)}`);
    for (const { node } of page.data.communities.edges) if (node.externalId) byExternalId.set(node.externalId, node);
    if (!page.data.communities.pageInfo.hasNextPage) return byExternalId;
    after = page.data.communities.pageInfo.endCursor;
  }
}

export function communitySummary(data: DemoData, nodes: Map<string, CommunityNode>): CommunitySummary {
  return Object.fromEntries(
    data.communities.map((community) => {
      const node = nodes.get(community.externalId)!;
      return [community.key, { id: node.id, name: node.name, memberCount: node.memberCount }];
    }),
  ) as CommunitySummary;
}

/** Creates the demo communities that `found` lacks; returns every demo community's id. */
export async function ensureCommunities(
  request: GraphqlRequest,
  data: DemoData,
  found: Map<string, CommunityNode>,
  log: (line: string) => void,
): Promise<Record<CommunityKey, string>> {
  const communityIds = {} as Record<CommunityKey, string>;
  let known = found;
  for (const community of data.communities) {
    let node = known.get(community.externalId);
    if (!node) {
      const created = await request<{ createCommunity: { community: CommunityNode } }>(createCommunityMutation, {
        input: { name: community.name, platform: community.platform, externalId: community.externalId },
        key: `demo-community-${community.key}`,
      });
      node = created.data?.createCommunity.community;
      if (!node && created.errors?.some((error) => error.extensions?.reason === 'COMMUNITY_ALREADY_EXISTS')) {
        known = await existingCommunities(request);
        node = known.get(community.externalId);
      }
      if (!node) throw new DemoLoadError(`creating ${community.name} failed: ${errorMessages(created.errors)}`);
      log(`demo: community ${community.name} (${community.platform}) created`);
    }
    communityIds[community.key] = node.id;
  }
  return communityIds;
}
