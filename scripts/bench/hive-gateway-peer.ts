import { fork } from 'node:child_process';
import { join } from 'node:path';
import { subgraphs, type Identity } from '@groundswell/service-kit';
import type { HiveGatewayPeerSettings } from './hive-gateway';

export interface HiveGatewayPeer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts hive-gateway.ts in its own process, as our gateway runs in its own, pointed at the bench's
 * subgraphs; resolves once it answers on /graphql.
 */
export async function startHiveGatewayPeer(ports: Record<string, number>, identity: Identity, startTimeoutMs = 60_000): Promise<HiveGatewayPeer> {
  const settings: HiveGatewayPeerSettings = {
    identity,
    subgraphUrls: Object.fromEntries(subgraphs.map(({ name }) => [name, `http://127.0.0.1:${ports[name]}/graphql`])),
  };
  const child = fork(join(__dirname, 'hive-gateway.js'), [], { env: { ...process.env, HIVE_GATEWAY_PEER: JSON.stringify(settings) } });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the Hive gateway peer did not listen within ${startTimeoutMs} ms`)), startTimeoutMs);
      child.once('message', (message: { port: number }) => {
        clearTimeout(timer);
        resolve(message.port);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the Hive gateway peer exited with status ${code} before it listened`));
      });
    });
    return { url: `http://127.0.0.1:${port}/graphql`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
