// Jest loads the sequencer untransformed, hence plain CommonJS.
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Specs that run after all the rest, in this order: the npm start check restarts Kafka and runs a
 * second platform for minutes, so it must not run while other specs wait on consumers; the audit
 * coverage check must see every other spec's mutations.
 */
const lastSpecs = ['scripts/start.e2e-spec.ts', 'audit-coverage.e2e-spec.ts'];

const rank = (test) => lastSpecs.findIndex((name) => test.path.endsWith(name));

class E2eSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    return [...ordered.filter((test) => rank(test) < 0), ...ordered.filter((test) => rank(test) >= 0).sort((a, b) => rank(a) - rank(b))];
  }
}

module.exports = E2eSequencer;
