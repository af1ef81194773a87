export * from './connection';
export * from './cursor';
export * from './page-args';
export * from './list-page';
export * from './keyset-page';
