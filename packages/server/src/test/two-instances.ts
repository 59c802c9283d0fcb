import { afterAll } from 'vitest';
import { openPostgres } from '../db/client.js';
import { freshDatabaseWithUrl } from './database.js';
import { createTestApp, type TestApp } from './harness.js';

/**
 * Two application instances on one fresh database, each with its own event bus. On PostgreSQL each has its
 * own connection pool; PGlite lives inside one process, so there the two share the engine.
 */
export async function twoInstances(): Promise<{ first: TestApp; second: TestApp; sharedEngine: boolean }> {
  const { database, url } = await freshDatabaseWithUrl();
  // Registered before the apps, so it runs after they are closed (after-hooks run in reverse order).
  const handles = [database];
  afterAll(async () => {
    for (const handle of handles) await handle.close();
  });
  const secondHandle = url ? await openPostgres(url, 5) : database;
  if (secondHandle !== database) handles.unshift(secondHandle);
  const first = await createTestApp({ database });
  const second = await createTestApp({ database: secondHandle });
  return { first, second, sharedEngine: !url };
}
