import { stableJson } from './stable-json';

describe(stableJson.name, () => {
  it('should sort keys at every depth, keep array order, indent by two and end with a newline', () => {
    expect(stableJson({ b: 1, a: { d: [3, 1], c: null } })).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      1\n    ]\n  },\n  "b": 1\n}\n',
    );
  });
});
