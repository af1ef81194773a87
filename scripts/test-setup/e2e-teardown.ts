import { stopServices } from '../lib/services.ts';

export default async function e2eTeardown(): Promise<void> {
  const services = globalThis.__groundswellE2eServices ?? [];
  await stopServices(services);
}
