export * from './listing';
export * from './observation';
export * from './raw-limits';
export * from './raw-listing';
export * from './recognition';
export * from './verdict';
