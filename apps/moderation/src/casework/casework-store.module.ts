import { Module } from '@nestjs/common';
import { EventStore, eventStoreProvider } from '@groundswell/event-store';
import { caseworkProjections } from './casework.projections';

/** The one event store that reports, review cases, sanctions and appeals share (see casework.projections.ts). */
@Module({ providers: [eventStoreProvider(caseworkProjections)], exports: [EventStore] })
export class CaseworkStoreModule {}
