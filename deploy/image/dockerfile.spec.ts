import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validate } from 'dockerfile-utils';
import { dockerfilePath, readStages, runtimeStage, type Step } from './dockerfile';

const text = readFileSync(dockerfilePath, 'utf8');
const dockerignore = readFileSync(resolve(__dirname, '../../.dockerignore'), 'utf8').split('\n').map((line) => line.trim());

const ofKind = <K extends Step['kind']>(steps: Step[], kind: K) => steps.filter((step): step is Extract<Step, { kind: K }> => step.kind === kind);

describe('Dockerfile', () => {
  it('should pass the Dockerfile linter without a diagnostic', () => {
    expect(validate(text).map((diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`)).toEqual([]);
  });

  it('should report what the linter finds in a broken Dockerfile', () => {
    const broken = 'FROM node:24\nWORKDIR app\nENTRYPOINT [\'node\', \'main.js\']\nCOPY\n';
    expect(validate(broken).length).toBeGreaterThanOrEqual(2);
  });

  it('should build and run on Node 24 in every stage', () => {
    const stages = readStages(text);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.image).toMatch(/^node:24[.-]/);
  });

  it('should run as an unprivileged numeric user', () => {
    const users = ofKind(runtimeStage(text).steps, 'user');
    const user = users.at(-1)?.user ?? 'root';
    expect(user).toMatch(/^[1-9]\d*(:[1-9]\d*)?$/);
  });

  it('should start Node under tini, so SIGTERM reaches the service, with the service chosen at run time', () => {
    const stage = runtimeStage(text);
    const [entrypoint] = ofKind(stage.steps, 'entrypoint');
    expect(entrypoint?.argv.slice(0, 3)).toEqual(['/usr/bin/tini', '--', 'node']);
    expect(ofKind(stage.steps, 'cmd')).toHaveLength(1);
  });

  it('should install production dependencies only and take nothing but the build output from the build stage', () => {
    const stage = runtimeStage(text);
    const npmCommands = ofKind(stage.steps, 'run').filter((step) => /\bnpm\b/.test(step.command));
    expect(npmCommands.length).toBeGreaterThan(0);
    for (const { command } of npmCommands) expect(command).toMatch(/npm ci --omit=dev\b/);
    const fromBuild = ofKind(stage.steps, 'copy').filter((step) => step.fromStage);
    expect(fromBuild.flatMap((step) => step.sources)).toEqual(['/app/dist']);
  });

  it('should keep what the host built or installed out of the build context', () => {
    expect(dockerignore).toEqual(expect.arrayContaining(['.git', '.local', 'node_modules', 'dist']));
  });
});
