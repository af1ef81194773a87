import { spawn, type ChildProcess } from 'node:child_process';
import { eventually } from '@groundswell/test-kit';
import { subgraphs } from '../subgraphs';

/** The e2e platform's ports (set by the e2e global set-up). */
export const e2ePorts = () => JSON.parse(process.env.GROUNDSWELL_E2E_PORTS!) as Record<string, number>;

export interface SecondGateway {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Another gateway in front of the e2e platform's subgraphs (`env` may point one elsewhere), with
 * settings of the test's own, so a test can take it to its limits without disturbing the platform's
 * gateway that the other specs use.
 */
export async function startSecondGateway(portShift: number, env: Record<string, string>): Promise<SecondGateway> {
  const port = e2ePorts().gateway + portShift;
  const url = `http://127.0.0.1:${port}`;
  const platformSubgraphs = Object.fromEntries(
    subgraphs.map(({ name }) => [`SUBGRAPH_URL_${name.toUpperCase()}`, `http://127.0.0.1:${e2ePorts()[name]}/graphql`]),
  );
  const child = spawn(process.execPath, ['dist/apps/gateway/src/main.js'], {
    env: { ...process.env, ...platformSubgraphs, PORT: String(port), LOG_LEVEL: 'error', NODE_ENV: 'test', ...env },
    stdio: 'ignore',
  });
  await eventually(async () => expect((await fetch(`${url}/health/live`)).status).toBe(200), 60_000);
  return {
    url,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
