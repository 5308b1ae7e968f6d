export * from './listing';
export * from './observation';
export * from './recognition';
export * from './verdict';
export * from './raw-listing';
