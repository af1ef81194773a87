import { CommunityCreatedV1 } from './community-created.v1';
import { MemberJoinedV1 } from './member-joined.v1';
import { MemberJoinedV2 } from './member-joined.v2';
import { MemberLeftV1 } from './member-left.v1';

export { CommunityCreatedV1, MemberJoinedV1, MemberJoinedV2, MemberLeftV1 };
export { platformSchema, type Platform } from './platform';

export const memberEvents = [MemberJoinedV1, MemberJoinedV2, MemberLeftV1, CommunityCreatedV1] as const;
