import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dropDatabase } from '../database/postgres';
import { testPostgresUrl } from '../../../test-kit/src/database';
import { eventually } from '../../../test-kit/src/eventually';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

describe('service shutdown', () => {
  const entry = 'dist/apps/members/src/main.js';

  it('should build the service before this test runs (npm test builds first)', () => {
    expect(existsSync(entry)).toBe(true);
  });

  it('should stop on SIGTERM with status 0 after failing readiness and closing its port', async () => {
    const port = await freePort();
    const database = `gs_test_shutdown_${process.pid}`;
    const child = spawn(process.execPath, [entry], {
      env: { ...process.env, PORT: String(port), DATABASE_URL: testPostgresUrl(database), LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await eventually(async () => {
        const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
        expect(response.status).toBe(200);
      }, 60_000, 300);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
      await dropDatabase(testPostgresUrl(database));
    }
  });
});
