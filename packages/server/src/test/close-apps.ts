import { afterAll } from 'vitest';
import { closeOpenTestApps } from './harness.js';

// Runs before every test file (vitest.config.ts setupFiles): after the file's own hooks, the apps it built
// are closed, their databases dropped and their memory freed.
afterAll(closeOpenTestApps, 60_000);
