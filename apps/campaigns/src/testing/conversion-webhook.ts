/** Posts a shop's conversion webhook to the e2e gateway with the partner's API key; the status and the JSON answer. */
export const postConversionWebhook = async (body: unknown, apiKey: string) => {
  const response = await fetch(`${process.env.GROUNDSWELL_E2E_GATEWAY!}/webhooks/campaigns/conversions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `ApiKey ${apiKey}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as any };
};
