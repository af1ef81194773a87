import type { DemoPerson } from '../demo-data.ts';
import { demoProfile } from '../demo-member-facts.ts';
import { profileMutation } from '../demo-operations.ts';
import type { DemoLoad } from './demo-load.ts';

export interface ProfileCounts {
  set: number;
  failed: number;
}

/** Sets a joined person's profile under an idempotency key; people without a member id are passed over. */
export function createProfileSetter(load: DemoLoad) {
  const counts: ProfileCounts = { set: 0, failed: 0 };

  async function setProfile(person: DemoPerson): Promise<void> {
    const memberId = load.memberIds.get(person.index);
    if (!memberId) return;
    const result = await load.request(profileMutation, { memberId, input: demoProfile(load.data, person), key: `demo-profile-${load.data.seed}-${person.index}` });
    if (result.errors) counts.failed += 1;
    else counts.set += 1;
  }

  return { setProfile, counts };
}
