import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Poll } from '@collegium/shared/contracts/polls';
import { openPglite, type Database } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { freshDatabaseWithUrl, testDatabaseKind } from '../../test/database.js';
// The crash needs a real server process; the same kit drives the vote-storm benchmark.
import { adminCall, openStormPoll, seedAssembly, storm, VoterSocket } from '../../../../../bench/lib/vote-storm-kit.mjs';
import { startServer } from '../../../../../scripts/lib/server.mjs';

const mainJs = fileURLToPath(new URL('../../../dist/main.js', import.meta.url));
const built = existsSync(mainJs);
const VOTERS = 300;

/**
 * Hundreds of votes in flight when the server is killed with SIGKILL: after a restart on the same database,
 * every vote that was acknowledged is there exactly once, and sending every cast again with its key counts
 * nothing twice.
 */
describe('ballots: an acknowledged vote survives a crash', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it.skipIf(!built && !process.env.CI)('keeps every acknowledged vote exactly once across SIGKILL and a restart', async () => {
    if (!built) throw new Error(`${mainJs} is missing: build the server first (npm run build).`);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'collegium-crash-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let env: Record<string, string> = { COLLEGIUM_JOBS: 'false' };
    let database: Database;
    if (testDatabaseKind() === 'postgres') {
      const fresh = await freshDatabaseWithUrl();
      database = fresh.database;
      env = { ...env, DATABASE_URL: fresh.url! };
    } else {
      database = await openPglite(path.join(dataDir, 'db'));
      await migrateDatabase(database);
    }
    const assembly = await seedAssembly(database, VOTERS);
    if (testDatabaseKind() === 'pglite') await database.close();
    else cleanups.push(() => database.close());

    const first = await startServer({ env, dataDir });
    cleanups.push(() => first.stop());
    const poll = (await openStormPoll(first.url, assembly)) as Poll;
    const sockets = await Promise.all(assembly.voters.map(async (voter) => {
      const socket = new VoterSocket(first.url, voter, assembly.sessionId, poll.id);
      await socket.ready;
      return socket;
    }));
    const inFlight = storm(sockets, poll.options, 1500);
    // Kill it once a quarter of the votes are in: some answered, many in flight, the rest not yet sent.
    const deadline = Date.now() + 30_000;
    while (sockets.reduce((sum, socket) => sum + socket.acknowledged, 0) < VOTERS / 4 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    first.kill('SIGKILL');
    const casts = await inFlight;
    for (const socket of sockets) socket.close();
    const acknowledged = casts.filter((cast) => cast.answer?.type === 'ack');
    // Some votes were answered before the kill and some were cut off: both cases are exercised.
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeLessThan(VOTERS);

    const second = await startServer({ env, dataDir });
    cleanups.push(() => second.stop());
    const again = assembly.voters.map((voter) => new VoterSocket(second.url, voter, assembly.sessionId, poll.id));
    await Promise.all(again.map((socket) => socket.ready));
    const resent = await Promise.all(casts.map(async (cast, index) => ({ cast, answer: await again[index]!.cast(cast.optionId, cast.key) })));
    for (const socket of again) socket.close();
    for (const { cast, answer } of resent) {
      expect(answer.type, JSON.stringify(answer)).toBe('ack');
      if (cast.answer?.type === 'ack') expect(answer).toMatchObject({ replayed: true, acknowledgedAt: cast.answer.acknowledgedAt });
    }

    const closed = (await adminCall(second.url, assembly.admin, 'POST', `/api/v1/polls/${poll.id}/close`)) as Poll;
    const named = closed.result!.namedVotes!;
    expect(new Set(named.map((vote) => vote.personId)).size).toBe(named.length);
    expect(named).toHaveLength(VOTERS);
    expect(closed.voted).toBe(VOTERS);
    const recorded = new Map(named.map((vote) => [vote.personId, vote.optionId]));
    for (const cast of acknowledged) expect(recorded.get(cast.socket.voter.personId)).toBe(cast.optionId);
  }, 120_000);
});
