import { commandNameOf } from './command-handler';

describe(commandNameOf.name, () => {
  it('should name a command by its type unless a name is given', () => {
    expect(commandNameOf({ type: 'EarnPoints', amount: 5 })).toBe('EarnPoints');
    expect(commandNameOf({ type: 'ClaimCase' }, 'ClaimReviewCase')).toBe('ClaimReviewCase');
  });

  it.each([{ amount: 5 }, { type: '' }, { type: 7 }, null])('should refuse to guess a name for %p', (command) => {
    expect(() => commandNameOf(command)).toThrow('A command without a string `type` needs a commandName');
  });
});
