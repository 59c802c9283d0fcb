export * from './accounts.js';
export * from './directory.js';
export * from './platform.js';
