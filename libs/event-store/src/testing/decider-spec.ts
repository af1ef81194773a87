import { foldEvents, type Decider } from '../decider/decider';

/**
 * Given/when/then for deciders:
 *   spec(decider).given([...past events]).when(command).then([...expected events])
 *   spec(decider).given([...]).when(command).thenThrows(MemberError, 'ALREADY_MEMBER')
 */
export function deciderSpec<Command, Event extends { type: string }, State>(decider: Decider<Command, Event, State>) {
  return {
    given(history: Event[]) {
      return {
        when(command: Command) {
          const run = () => decider.decide(command, foldEvents(decider, history));
          return {
            then(expected: Event[]) {
              expect(run()).toEqual(expected);
            },
            thenThrows(errorType: abstract new (...args: never[]) => Error, code?: string) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(errorType);
              if (code !== undefined) expect((thrown as { code?: string }).code).toBe(code);
            },
          };
        },
      };
    },
  };
}
