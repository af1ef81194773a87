import type { Decider } from '@groundswell/event-store';
import { TextScreenedV1, type DataOf, type ModerationTarget } from '@groundswell/events';
import { ScreeningError } from '../screening/screening.error';

export type TextScreenedEvent = { type: typeof TextScreenedV1.type; data: DataOf<typeof TextScreenedV1> };

export interface RecordTextScreened {
  type: 'RecordTextScreened';
  verdict: DataOf<typeof TextScreenedV1>;
}

export type TextScreeningState = { screened?: { target: ModerationTarget } };

export const textScreeningStreamType = 'text-screening';
export const textScreeningStream = (tenantId: string, screeningId: string) => ({ tenantId, streamId: `${textScreeningStreamType}-${screeningId}`, streamType: textScreeningStreamType });

const sameTarget = (a: ModerationTarget, b: ModerationTarget) => a.kind === b.kind && a.id === b.id && a.communityId === b.communityId;

/** One verdict per screening id: a request delivered or sent twice is answered once; an id reused for another text is refused. */
export const textScreeningDecider: Decider<RecordTextScreened, TextScreenedEvent, TextScreeningState> = {
  initialState: () => ({}),
  evolve: (_state, event) => ({ screened: { target: event.data.target } }),
  decide(command, state) {
    if (!state.screened) return [{ type: TextScreenedV1.type, data: command.verdict }];
    if (!sameTarget(state.screened.target, command.verdict.target)) {
      throw new ScreeningError('SCREENING_ID_REUSED', '这个 screeningId 已用于另一段内容', { screeningId: command.verdict.screeningId });
    }
    return [];
  },
};
