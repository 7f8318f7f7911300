// The document model: schema, typed reads and the mutations the UI calls.
export * from './board';
export * from './cards';
export * from './channels';
export * from './columns';
export { LOCAL_ORIGIN, change } from './doc';
export * from './ids';
export * from './migrations';
export * from './ordering';
export * from './people';
export * from './read';
export * from './sample';
export * from './schema';
export * from './text';
export * from './workspace';
