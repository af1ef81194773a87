// Jest loads the sequencer untransformed, hence plain CommonJS.
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Specs that run after all the rest, in this order: the infra restart check stops the shared Kafka,
 * so it must not run while other specs wait on consumers; the audit coverage check must see every
 * other spec's mutations. (The npm start check may run anywhere: its platform has its own
 * deployment namespace, GROUNDSWELL_ENV, so it never takes the e2e platform's events.)
 */
const lastSpecs = ['scripts/infra-restart.e2e-spec.ts', 'audit-coverage.e2e-spec.ts'];

const rank = (test) => lastSpecs.findIndex((name) => test.path.endsWith(name));

class E2eSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    return [...ordered.filter((test) => rank(test) < 0), ...ordered.filter((test) => rank(test) >= 0).sort((a, b) => rank(a) - rank(b))];
  }
}

module.exports = E2eSequencer;
