import { MemberQueries } from '../../membership/member-queries';
import { anOperator, type MembersTestWorld } from '../../shared/testing/members-test-world';


/** A member of a new community of a new tenant, and a reading of a member's lifecycle stage in that community. */
export async function aMemberToEvaluate(world: MembersTestWorld) {
  const operator = anOperator();
  const communityId = await world.aCommunity(operator);
  const memberId = await world.aMember(operator, communityId);
  const queries = new MemberQueries(world.context);
  const stageOf = async (member = memberId) => (await queries.memberships(operator.tenant, member)).find((row) => row.communityId === communityId)?.stage;
  return { operator, communityId, memberId, stageOf };
}
