export * from './accounts.js';
export * from './directory.js';
export * from './platform.js';
export * from './sessions.js';
export * from './directory-transfer.js';
export * from './calendar-feeds.js';
export * from './session-packets.js';
