import type { ProjectionRegistrations } from '@groundswell/event-store';
import { appealProjections } from '../appeals/appeals.projection';
import { reportProjections } from '../reports/reports.projection';
import { reviewQueueProjections } from '../review-queue/review-queue.projection';
import { sanctionProjections } from '../sanctions/sanctions.projection';

/**
 * Reports, review cases, sanctions and appeals write each other's streams (a report opens a case,
 * an upheld appeal lifts a sanction), so their projections are registered together, once per service.
 */
export const caseworkProjections: ProjectionRegistrations = { ...reportProjections, ...reviewQueueProjections, ...sanctionProjections, ...appealProjections };
