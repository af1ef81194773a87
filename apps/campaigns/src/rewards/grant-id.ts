import { v5 as uuidv5 } from 'uuid';

// Names threshold grants: a referrer reaches a threshold of a campaign once, so it has one grant id,
// however often the acceptance that reached it is retried.
const THRESHOLD_GRANT_NAMESPACE = '0b6f3f3e-6a0c-4d7e-9a51-2f1c8e4b7d20';

export const thresholdGrantId = (campaignId: string, referrerId: string, invites: number) => uuidv5(`${campaignId}/${referrerId}/${invites}`, THRESHOLD_GRANT_NAMESPACE);
