import { deriveEnvelope, toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import type { Message } from 'kafkajs';
import type { PoolClient } from 'pg';
import { toPartnerCampaignActivity } from './partner-campaign-activity.mapping';
import { toPartnerConversion, type PartnerRecordDraft } from './partner-conversion.mapping';
import { partnerSharingConsentTable, type PartnerSharingConsent } from './partner-sharing-consent';

// Names this feed's derived ids: a redelivered source event republishes the same id, and partners deduplicate by it.
const PARTNER_CONVERSION_ID_NAMESPACE = '5d2a7c90-1e4b-4f6a-b8c3-9e0f1a2b3c4d';

export type PublishToPartners = (message: Message) => Promise<void>;

/**
 * Publishes the partner view of each conversion event (recorded, attributed, reversed) and of each
 * campaign join and reward grant; follows partner-sharing consent from the members service's
 * events; ignores the rest. Conversions go out for every member (ids and amounts); a join or a
 * reward is about what the member did, so, as on the members topic, it goes out only while the
 * member consents to partner sharing, as the feed knows it when it handles the event.
 */
export const partnerConversionsHandler =
  (publish: PublishToPartners, consent: PartnerSharingConsent = partnerSharingConsentTable) =>
  async (client: PoolClient, event: EventEnvelope): Promise<void> => {
    await consent.follow(client, event);
    const partner: PartnerRecordDraft | undefined = toPartnerConversion(event) ?? (await consentedActivity(client, event, consent));
    if (!partner) return;
    await publish(toKafkaMessage(deriveEnvelope(event, { idNamespace: PARTNER_CONVERSION_ID_NAMESPACE, type: partner.type, subject: partner.key, data: partner.data })));
  };

async function consentedActivity(client: PoolClient, event: EventEnvelope, consent: PartnerSharingConsent): Promise<PartnerRecordDraft | undefined> {
  const activity = toPartnerCampaignActivity(event);
  if (!activity || !(await consent.grantedBy(client, event.tenantid, activity.key))) return undefined;
  return activity;
}
