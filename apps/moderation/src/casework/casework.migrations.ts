import type { Migration } from '@groundswell/service-kit';
import { appealMigrations } from '../appeals/appeal.migrations';
import { reportMigrations } from '../reports/report.migrations';
import { reviewQueueMigrations } from '../review-queue/review-queue.migrations';
import { sanctionMigrations } from '../sanctions/sanctions.migrations';

/** The read models of reports, review cases, sanctions and appeals, in the order they are applied. */
export const caseworkMigrations: Migration[] = [...reviewQueueMigrations, ...reportMigrations, ...sanctionMigrations, ...appealMigrations];
