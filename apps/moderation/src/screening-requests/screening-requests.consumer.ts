import { Inject, Injectable } from '@nestjs/common';
import { EventStore, ServiceConsumer } from '@groundswell/event-store';
import { requestTopics } from '@groundswell/events';
import { OpenScreeningCaseUseCase } from '../review-queue/use-cases/open-screening-case.use-case';
import { CompiledListCache } from '../screening/compiled-list.cache';
import { screenRequestedText } from './screen-requested-text';

export const screeningRequestsGroup = 'moderation.screening-requests';
const topics = [requestTopics.moderationScreening];

export const SCREENING_CLOCK = Symbol('SCREENING_CLOCK');

/** Answers `ScreeningRequested` from other services with `TextScreened`, exactly once per request. */
@Injectable()
export class ScreeningRequestsConsumer extends ServiceConsumer {
  constructor(
    private readonly store: EventStore,
    private readonly lists: CompiledListCache,
    private readonly openCase: OpenScreeningCaseUseCase,
    @Inject(SCREENING_CLOCK) private readonly clock: () => Date,
  ) {
    super();
  }

  protected definition() {
    const handle = screenRequestedText({ store: this.store, lists: this.lists, openCase: this.openCase, clock: this.clock });
    return { groupId: screeningRequestsGroup, topics, component: 'screening-requests', handle };
  }
}
