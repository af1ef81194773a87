export * from './database';
export * from './fresh-database';
export * from './eventually';
export * from './kafka';
export * from './gateway-client';
export * from './mutation-journal';
