import { ledgerDecider, LedgerError } from '../__fixtures__/ledger.fixture';
import { foldEvents } from './decider';
import { deciderSpec } from '../testing/decider-spec';

describe('deciderSpec', () => {
  it('should pass when the command yields the expected events', () => {
    deciderSpec(ledgerDecider)
      .given([])
      .when({ type: 'Post', amount: 5, reference: 'r1' })
      .then([{ type: 'groundswell.ledger.AmountPosted.v1', data: { amount: 5, reference: 'r1' } }]);
  });

  it('should fail when the events differ from the expectation', () => {
    expect(() =>
      deciderSpec(ledgerDecider).given([]).when({ type: 'Post', amount: 5, reference: 'r1' }).then([]),
    ).toThrow();
  });

  it('should check the error type and code of a rejection', () => {
    deciderSpec(ledgerDecider).given([]).when({ type: 'Post', amount: 0, reference: 'r1' }).thenThrows(LedgerError, 'INVALID_AMOUNT');
    expect(() =>
      deciderSpec(ledgerDecider).given([]).when({ type: 'Post', amount: 1, reference: 'r1' }).thenThrows(LedgerError),
    ).toThrow();
  });
});

describe('foldEvents', () => {
  it('should fold history into state with evolve, starting from the initial state', () => {
    const posted = (amount: number) => ({ type: 'groundswell.ledger.AmountPosted.v1' as const, data: { amount, reference: `r${amount}` } });
    expect(foldEvents(ledgerDecider, [posted(3), posted(-1), posted(10)])).toEqual({ balance: 12, postings: 3 });
    expect(foldEvents(ledgerDecider, [])).toEqual(ledgerDecider.initialState());
  });
});
