import { moduleOf, summarizeCpuProfile, type CpuProfile } from './cpu-profile-summary';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });

/** root → handler (apps/gateway) → verify (jose); root → (idle). One sample of each leaf per entry of `samples`. */
function profileOf(samples: number[], timeDeltas = samples.map(() => 1_000)): CpuProfile {
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 4] },
      { id: 2, callFrame: frame('handle', 'file:///work/main/dist/apps/gateway/src/main.js'), children: [3] },
      { id: 3, callFrame: frame('verify', 'file:///work/main/node_modules/jose/dist/webapi/jws.js') },
      { id: 4, callFrame: frame('(idle)') },
    ],
    startTime: 0,
    endTime: timeDeltas.reduce((sum, delta) => sum + delta, 0),
    samples,
    timeDeltas,
  };
}

describe(summarizeCpuProfile.name, () => {
  it('should name the npm package, our app or lib, Node internals or the V8 pseudo-frame a frame belongs to', () => {
    expect(moduleOf(frame('plan', 'file:///x/node_modules/@apollo/gateway/dist/index.js'))).toBe('@apollo/gateway');
    expect(moduleOf(frame('parse', 'file:///x/node_modules/graphql/language/parser.js'))).toBe('graphql');
    expect(moduleOf(frame('sign', 'file:///x/dist/libs/service-kit/src/auth/identity-header.js'))).toBe('libs/service-kit');
    expect(moduleOf(frame('writev', 'node:internal/stream_base_commons'))).toBe('node:internal');
    expect(moduleOf(frame('(garbage collector)'))).toBe('(garbage collector)');
  });

  it('should give each sample to its leaf as self time and to every module on its stack once', () => {
    const summary = summarizeCpuProfile(profileOf([3, 3, 2, 4]));

    expect(summary.busyMs).toBe(3);
    expect(summary.selfByModule).toEqual([
      { name: 'jose', ms: 2, share: 2 / 3 },
      { name: 'apps/gateway', ms: 1, share: 1 / 3 },
    ]);
    expect(summary.onStackByModule).toEqual([
      { name: 'apps/gateway', ms: 3, share: 1 },
      { name: 'jose', ms: 2, share: 2 / 3 },
    ]);
  });

  it('should count only the samples inside the window when one is given', () => {
    const summary = summarizeCpuProfile(profileOf([2, 3, 3, 2]), 25, { fromUs: 1_500, toUs: 3_000 });

    expect(summary.busyMs).toBe(2);
    expect(summary.selfByModule).toEqual([{ name: 'jose', ms: 2, share: 1 }]);
  });
});
