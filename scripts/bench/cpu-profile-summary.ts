// Where a `node --cpu-prof` profile's time went: self time per function and per module (npm package,
// our own app or lib, Node's internals), and per module the time with it anywhere on the stack.
// `node dist/scripts/bench/cpu-profile-summary.js <file.cpuprofile> [rows]` prints it for any profile.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface TimeShare {
  name: string;
  ms: number;
  /** Of the time the process was not idle. */
  share: number;
}

export interface CpuProfileSummary {
  wallMs: number;
  busyMs: number;
  selfByFunction: TimeShare[];
  selfByModule: TimeShare[];
  onStackByModule: TimeShare[];
}

/** `@apollo/gateway`, `graphql`, `apps/gateway`, `libs/service-kit`, `node:internal`, or a V8 pseudo-frame such as `(garbage collector)`. */
export function moduleOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1]!;
  const ours = /\/(apps\/[^/]+|libs\/[^/]+|scripts\/[^/]+)\//.exec(url);
  return ours ? ours[1]! : url;
}

function functionOf(frame: ProfileNode['callFrame']): string {
  const file = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(dist\/)?(apps|libs|scripts)\//, '$2/');
  return `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
}

const idle = new Set(['(idle)']);

/**
 * `window`: only the samples taken between these instants, in microseconds of the monotonic clock the
 * profile's times are on (Node's `process.hrtime` on the same machine), e.g. while a load ran.
 */
export function summarizeCpuProfile(profile: CpuProfile, rows = 25, window?: { fromUs: number; toUs: number }): CpuProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfByFunction = new Map<string, number>();
  const selfByModule = new Map<string, number>();
  const onStackByModule = new Map<string, number>();
  const add = (totals: Map<string, number>, key: string, ms: number) => totals.set(key, (totals.get(key) ?? 0) + ms);
  let busyMs = 0;
  let sampledAtUs = profile.startTime;
  profile.samples.forEach((id, index) => {
    const deltaUs = profile.timeDeltas[index] ?? 0;
    sampledAtUs += deltaUs;
    if (window && (sampledAtUs < window.fromUs || sampledAtUs > window.toUs)) return;
    const ms = deltaUs / 1e3;
    const leaf = byId.get(id)!;
    if (idle.has(leaf.callFrame.functionName)) return;
    busyMs += ms;
    add(selfByFunction, functionOf(leaf.callFrame), ms);
    add(selfByModule, moduleOf(leaf.callFrame), ms);
    const onStack = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
      const frame = byId.get(node)!.callFrame;
      if (frame.functionName !== '(root)') onStack.add(moduleOf(frame));
    }
    for (const name of onStack) add(onStackByModule, name, ms);
  });
  const top = (totals: Map<string, number>) =>
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(([name, ms]) => ({ name, ms, share: busyMs > 0 ? ms / busyMs : 0 }));
  return {
    wallMs: window ? (Math.min(window.toUs, profile.endTime) - Math.max(window.fromUs, profile.startTime)) / 1e3 : (profile.endTime - profile.startTime) / 1e3,
    busyMs,
    selfByFunction: top(selfByFunction),
    selfByModule: top(selfByModule),
    onStackByModule: top(onStackByModule),
  };
}

export function printCpuProfileSummary(summary: CpuProfileSummary): void {
  console.log(`profile: ${(summary.wallMs / 1e3).toFixed(1)} s wall, ${(summary.busyMs / 1e3).toFixed(1)} s on CPU (not idle)`);
  const section = (title: string, shares: TimeShare[]) => {
    console.log(`\n${title}`);
    for (const { name, ms, share } of shares) console.log(`${(100 * share).toFixed(1).padStart(6)}% ${ms.toFixed(0).padStart(8)} ms  ${name}`);
  };
  section('self time by module', summary.selfByModule);
  section('time on the stack by module (a call inside counts for each module it passes through)', summary.onStackByModule);
  section('self time by function', summary.selfByFunction);
}

if (require.main === module) {
  const [file, rows] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpu-profile-summary <file.cpuprofile> [rows]');
  printCpuProfileSummary(summarizeCpuProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, rows ? Number(rows) : undefined));
}
