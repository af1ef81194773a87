export * from './connection';
export * from './cursor';
export * from './page-args';
export * from './list-page';
export * from './newest-first-page';
