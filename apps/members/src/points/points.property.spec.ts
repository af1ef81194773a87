import fc from 'fast-check';
import { MemberDomainError } from '../shared/member-domain.error';
import { anOperator } from '../shared/testing/factories';
import { balance } from './lots';
import type { PointsCommand } from './points.commands';
import { pointsDecider } from './points.decider';
import type { PointsEvent, PointsState } from './points.state';

const memberId = '0b6f3c52-5a55-4c36-9b0c-2f7f2f0e1a11';
const day = 24 * 60 * 60 * 1000;
const start = Date.parse('2025-01-01T00:00:00.000Z');

type Step = { kind: 'earn' | 'redeem' | 'adjust' | 'expire'; amount: number; ref: number; expiresInDays: number | null; daysLater: number };

const stepArbitrary = fc.record({
  kind: fc.constantFrom('earn' as const, 'redeem' as const, 'adjust' as const, 'expire' as const),
  amount: fc.integer({ min: -60, max: 120 }),
  ref: fc.integer({ min: 0, max: 8 }),
  expiresInDays: fc.option(fc.integer({ min: 1, max: 40 })),
  daysLater: fc.integer({ min: 0, max: 10 }),
});

function commandFor(step: Step, now: number): PointsCommand {
  const at = new Date(now);
  const expiresAt = step.expiresInDays === null ? undefined : new Date(now + step.expiresInDays * day);
  switch (step.kind) {
    case 'earn':
      return { type: 'EarnPoints', memberId, sourceRef: `src-${step.ref}`, sourceKind: 'activity', amount: step.amount, at, expiresAt };
    case 'redeem':
      return { type: 'RedeemPoints', memberId, redemptionId: `00000000-0000-4000-8000-00000000000${step.ref}`, amount: step.amount, at };
    case 'adjust':
      return { type: 'AdjustPoints', memberId, adjustmentId: `00000000-0000-4000-9000-00000000000${step.ref}`, delta: step.amount, reason: 'fix', at, by: anOperator() };
    case 'expire':
      return { type: 'ExpirePoints', memberId, at };
  }
}

/** Net effect of the events on the balance, computed independently of `evolve`. */
function netPoints(events: PointsEvent[]): number {
  return events.reduce((sum, event) => {
    if (event.type === 'groundswell.members.PointsEarned.v1') return sum + event.data.amount;
    if (event.type === 'groundswell.members.PointsAdjusted.v1') return sum + event.data.delta;
    if (event.type === 'groundswell.members.PointsRedeemed.v1' || event.type === 'groundswell.members.PointsExpired.v1') return sum - event.data.amount;
    return sum;
  }, 0);
}

interface Decision {
  events: PointsEvent[];
  before: PointsState;
  after: PointsState;
  now: number;
}

/** Decides each step's command in turn from a fresh account, skipping those the decider rejects; `inspect` sees every accepted decision. */
function replay(steps: Step[], inspect: (decision: Decision) => void): void {
  let state: PointsState = pointsDecider.initialState();
  let now = start;
  for (const step of steps) {
    now += step.daysLater * day;
    let events: PointsEvent[];
    try {
      events = pointsDecider.decide(commandFor(step, now), state);
    } catch (error) {
      if (error instanceof MemberDomainError) continue;
      throw error;
    }
    const after = events.reduce(pointsDecider.evolve, state);
    inspect({ events, before: state, after, now });
    state = after;
  }
}

describe('pointsDecider properties', () => {
  it('should never let the balance or any lot go below zero, and account for every point', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 60 }), (steps) => {
        const history: PointsEvent[] = [];
        replay(steps, ({ events, after }) => {
          history.push(...events);
          expect(after.lots.every((lot) => Number.isInteger(lot.remaining) && lot.remaining > 0)).toBe(true);
          expect(balance(after.lots)).toBe(netPoints(history));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('should never spend points that had expired by the time of spending', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 40 }), (steps) => {
        replay(steps, ({ events, before, now }) => {
          for (const event of events) {
            const draws = event.type === 'groundswell.members.PointsRedeemed.v1' ? event.data.drawnFrom : [];
            for (const draw of draws) {
              const lot = before.lots.find((candidate) => candidate.lotRef === draw.lotRef)!;
              expect(lot.expiresAt === undefined || Date.parse(lot.expiresAt) > now).toBe(true);
            }
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
