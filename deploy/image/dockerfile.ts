import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Copy, DockerfileParser, Env, From, JSONInstruction } from 'dockerfile-ast';

export const dockerfilePath = resolve(__dirname, '../../Dockerfile');

/** One instruction of a stage, reduced to what replaying it needs. */
export type Step =
  | { kind: 'from'; image: string; stage: string | undefined }
  | { kind: 'workdir'; path: string }
  | { kind: 'env'; name: string; value: string }
  | { kind: 'copy'; fromStage: string | undefined; sources: string[]; destination: string }
  | { kind: 'run'; command: string }
  | { kind: 'user'; user: string }
  | { kind: 'entrypoint'; argv: string[] }
  | { kind: 'cmd'; argv: string[] }
  | { kind: 'other'; keyword: string; text: string };

export interface Stage {
  name: string | undefined;
  image: string;
  steps: Step[];
}

function toStep(instruction: ReturnType<ReturnType<typeof DockerfileParser.parse>['getInstructions']>[number]): Step[] {
  const keyword = instruction.getKeyword();
  const args = instruction.getArguments().map((argument) => argument.getValue());
  if (instruction instanceof From) return [{ kind: 'from', image: instruction.getImage() ?? '', stage: instruction.getBuildStage() ?? undefined }];
  if (instruction instanceof Env) {
    return instruction.getProperties().map((property) => ({ kind: 'env' as const, name: property.getName(), value: property.getUnescapedValue() ?? '' }));
  }
  if (instruction instanceof Copy) {
    const paths = args.filter((argument) => !argument.startsWith('--'));
    return [{ kind: 'copy', fromStage: instruction.getFromFlag()?.getValue() ?? undefined, sources: paths.slice(0, -1), destination: paths.at(-1)! }];
  }
  if (keyword === 'WORKDIR') return [{ kind: 'workdir', path: args[0]! }];
  if (keyword === 'USER') return [{ kind: 'user', user: args[0]! }];
  // A line continuation is shell syntax for "same command": join it back into one line.
  if (keyword === 'RUN') {
    const command = (instruction.getArgumentsContent() ?? '').replace(/\\\r?\n\s*/g, '').replace(/^(--[a-z]+=\S+\s+)+/, '');
    return [{ kind: 'run', command }];
  }
  if ((keyword === 'ENTRYPOINT' || keyword === 'CMD') && instruction instanceof JSONInstruction) {
    const argv = instruction.getJSONStrings().map((value) => value.getJSONValue());
    return [keyword === 'ENTRYPOINT' ? { kind: 'entrypoint', argv } : { kind: 'cmd', argv }];
  }
  return [{ kind: 'other', keyword, text: instruction.getArgumentsContent() ?? '' }];
}

/** The Dockerfile's stages in order, each with its instructions after its FROM (base image ARGs resolved). */
export function readStages(text = readFileSync(dockerfilePath, 'utf8')): Stage[] {
  const dockerfile = DockerfileParser.parse(text);
  const initialArgs = new Map(
    dockerfile.getInitialARGs().flatMap((arg) => {
      const property = arg.getProperty();
      return property ? [[property.getName(), property.getUnescapedValue() ?? ''] as const] : [];
    }),
  );
  const resolveArgs = (image: string) => image.replace(/\$\{?(\w+)\}?/g, (_, name: string) => initialArgs.get(name) ?? '');
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const steps = toStep(instruction);
    const first = steps[0];
    if (first?.kind === 'from') stages.push({ name: first.stage, image: resolveArgs(first.image), steps: [] });
    else if (stages.length > 0) stages.at(-1)!.steps.push(...steps);
  }
  return stages;
}

/** The stage the image runs: the last one. */
export function runtimeStage(text?: string): Stage {
  return readStages(text).at(-1)!;
}
