// Jest loads the sequencer untransformed, hence plain CommonJS.
const Sequencer = require('@jest/test-sequencer').default;

/** Specs that must see every other spec's effects; they run after all the rest, in this order. */
const lastSpecs = ['audit-coverage.e2e-spec.ts'];

const rank = (test) => lastSpecs.findIndex((name) => test.path.endsWith(name));

class E2eSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    return [...ordered.filter((test) => rank(test) < 0), ...ordered.filter((test) => rank(test) >= 0).sort((a, b) => rank(a) - rank(b))];
  }
}

module.exports = E2eSequencer;
