import { up } from '../../deploy/local/infra-lib.ts';

/** Integration tests talk to real servers: make sure Kafka, PostgreSQL and Redis answer first. */
export default async function integrationSetup(): Promise<void> {
  await up({ log: () => undefined });
}
