import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseWithUrl } from '../test/database.js';
import type { Database } from './client.js';

function nextNotification(database: Database, channel: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no notification on ${channel} within 5 s`)), 5000);
    void database.listen(channel, (payload) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

describe('LISTEN/NOTIFY on the database handle', () => {
  let database: Database;
  let url: string | undefined;

  beforeAll(async () => {
    ({ database, url } = await freshDatabaseWithUrl());
  });
  afterAll(() => database.close());

  it('delivers a notification to a listener', async () => {
    const received = nextNotification(database, 'client_test_a');
    await new Promise((r) => setTimeout(r, 50));
    await database.notify('client_test_a', 'hello');
    expect(await received).toBe('hello');
  });

  it('listens again after the listening connection is lost', async () => {
    const payloads: string[] = [];
    await database.listen('client_test_b', (payload) => payloads.push(payload));
    if (database.kind === 'postgres') {
      expect(url).toBeDefined();
      // Cut the listener's connection from the server side, as a restart or a network failure would.
      const cut = await database.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen%'`,
      );
      expect(cut.length).toBeGreaterThan(0);
    }
    const deadline = Date.now() + 10_000;
    while (payloads.length === 0 && Date.now() < deadline) {
      await database.notify('client_test_b', 'after').catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(payloads).toContain('after');
  });
});
