// Test helpers: imported by specs only, never by the runtime barrel (they call jest's `expect`).
export * from './decider-spec';
export * from './stored-event.factory';
