import { spawnSync } from 'node:child_process';

function runNpm(args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npm', args, { encoding: 'utf8', env: process.env });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// Restarts the shared broker, so the sequencer runs it after every spec that waits on consumers.
describe('npm run infra:down and infra:up', () => {
  it('should stop Kafka with infra:down and start it again from the cached jars with infra:up', () => {
    const down = runNpm(['run', '--silent', 'infra:down']);
    expect(down.status).toBe(0);
    expect(down.output).toMatch(/kafka\s+down.*stopped/);
    const up = runNpm(['run', '--silent', 'infra:up']);
    expect(up.status).toBe(0);
    expect(up.output).toMatch(/kafka\s+up/);
    expect(up.output).not.toContain('fetching Kafka jars');
  });
});
