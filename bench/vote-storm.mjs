// Issue 5's benchmark: a full assembly voting at once. N voters (default 1,000, at most 5,000), each on its
// own WebSocket, subscribed to the session, all cast over their socket within one second; then the chair
// closes the poll. Once on PGlite, once on PostgreSQL, and once with two server instances on one PostgreSQL
// (half the voters on each, events fanned out through LISTEN/NOTIFY).
// Prints: votes acknowledged, lost (acknowledged but not in the database, must be 0), duplicated (a seat with
// two rows, or more votes counted at the close than voters acknowledged; must be 0), cast→acknowledge
// latency p50/p95/p99, and the time from the close until the last client has the result.
// Usage: npm run bench -- vote-storm [--voters=1000] [--spread=1000] [--db=pglite,postgres] [--no-pair]
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { openPglite, openPostgres } from '../packages/server/dist/db/client.js';
import { migrateDatabase } from '../packages/server/dist/db/migrate.js';
import { startServer } from '../scripts/lib/server.mjs';
import { openEngine, selectedEngines } from './lib/engines.mjs';
import { percentile } from './lib/latency.mjs';
import { machine, printTable, saveResults, warnIfBusy } from './lib/report.mjs';
import { adminCall, openStormPoll, recordedVotes, seedAssembly, storm, VoterSocket } from './lib/vote-storm-kit.mjs';

/** @param {string[]} argv @param {string} name @param {number} fallback @param {number} min @param {number} max */
function numberFlag(argv, name, fallback, min, max) {
  const flag = argv.find((a) => a.startsWith(`--${name}=`));
  const value = flag ? Number(flag.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
  return value;
}

/** @param {{ env: Record<string, string>, dataDir: string }} database */
const openDb = (database) => (database.env.DATABASE_URL ? openPostgres(database.env.DATABASE_URL, 2) : openPglite(path.join(database.dataDir, 'db')));

/**
 * @param {'pglite' | 'postgres'} engineName
 * @param {number} instances
 * @param {number} voters
 * @param {number} spreadMs
 */
async function scenario(engineName, instances, voters, spreadMs) {
  const engine = await openEngine(engineName);
  const database = await engine.createDatabase('votes');
  const label = `${engine.label}${instances > 1 ? ` × ${instances} instances` : ''}`;
  /** @type {Array<Awaited<ReturnType<typeof startServer>>>} */
  const servers = [];
  /** @type {VoterSocket[]} */
  let sockets = [];
  try {
    console.log(`  ${label}: seeding ${voters} voting members…`);
    let db = await openDb(database);
    await migrateDatabase(db);
    const assembly = await seedAssembly(db, voters);
    await db.close();
    for (let i = 0; i < instances; i++) {
      // Every instance has its own DATA_DIR (its file store and log); they share the database.
      const dataDir = i === 0 ? database.dataDir : `${database.dataDir}-${i}`;
      await mkdir(dataDir, { recursive: true });
      servers.push(await startServer({ env: { ...database.env, COLLEGIUM_JOBS: 'false' }, dataDir }));
    }
    const urls = servers.map((server) => server.url);
    const url = urls[0] ?? '';
    const poll = await openStormPoll(url, assembly);
    console.log(`  ${label}: ${voters} voters connect…`);
    for (let start = 0; start < voters; start += 100) {
      const batch = assembly.voters.slice(start, start + 100).map((voter, i) => new VoterSocket(urls[(start + i) % instances] ?? url, voter, assembly.sessionId, poll.id));
      await Promise.all(batch.map((socket) => socket.ready));
      sockets = sockets.concat(batch);
    }
    console.log(`  ${label}: every voter casts within ${spreadMs} ms…`);
    const casts = await storm(sockets, poll.options, spreadMs);
    const acked = casts.filter((cast) => cast.answer?.type === 'ack');
    const refused = casts.filter((cast) => cast.answer && cast.answer.type !== 'ack');
    const latencies = acked.map((cast) => /** @type {number} */ (cast.latency)).sort((a, b) => a - b);

    const closedAt = performance.now();
    const closed = /** @type {{ result?: { cast: number } }} */ (await adminCall(url, assembly.admin, 'POST', `/api/v1/polls/${poll.id}/close`));
    const deliveries = await Promise.race([
      Promise.all(sockets.map((socket) => socket.result())),
      new Promise((resolve) => setTimeout(() => resolve(null), 15_000)),
    ]);
    const reached = sockets.filter((socket) => socket.resultAt !== null);
    const lastResultMs = Math.max(...reached.map((socket) => /** @type {number} */ (socket.resultAt))) - closedAt;
    for (const socket of sockets) socket.close();
    sockets = [];

    if (!database.env.DATABASE_URL) for (const server of servers.splice(0)) await server.stop();
    db = await openDb(database);
    const recorded = await recordedVotes(db, poll.id);
    await db.close();
    const lost = acked.filter((cast) => recorded.votes.get(cast.socket.voter.personId) !== cast.optionId).length;
    // the count itself: more votes counted than voters acknowledged is a vote counted twice
    const overCounted = Math.max(0, (closed.result?.cast ?? 0) - new Set(acked.map((cast) => cast.socket.voter.personId)).size);
    return {
      label,
      voters,
      acknowledged: acked.length,
      refused: refused.length,
      failed: casts.filter((cast) => cast.failed).length,
      lost,
      duplicated: recorded.duplicated + overCounted,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      resultToAllMs: deliveries ? lastResultMs : null,
      reachedResult: reached.length,
    };
  } finally {
    for (const socket of sockets) socket.close();
    for (const server of servers) await server.stop();
    await database.drop();
    for (let i = 1; i < instances; i++) await rm(`${database.dataDir}-${i}`, { recursive: true, force: true });
    await engine.close();
  }
}

/** @param {string[]} argv */
export async function run(argv) {
  await warnIfBusy();
  const voters = numberFlag(argv, 'voters', 1000, 10, 5000);
  const spreadMs = numberFlag(argv, 'spread', 1000, 0, 60_000);
  const engines = selectedEngines(argv);
  const results = [];
  for (const name of engines) results.push(await scenario(name, 1, voters, spreadMs));
  if (engines.includes('postgres') && !argv.includes('--no-pair')) results.push(await scenario('postgres', 2, voters, spreadMs));

  const ms = (/** @type {number | null} */ value) => (value === null || Number.isNaN(value) ? '—' : `${Math.round(value)} ms`);
  console.log(`\nVote storm: ${voters} voters on WebSockets casting within ${spreadMs} ms, then the poll closes`);
  printTable(
    ['database', 'acknowledged', 'refused', 'lost', 'duplicated', 'p50', 'p95', 'p99', 'close → last client has the result'],
    results.map((r) => [r.label, `${r.acknowledged} / ${r.voters}`, r.refused + r.failed, r.lost, r.duplicated, ms(r.p50), ms(r.p95), ms(r.p99), r.resultToAllMs === null ? `${r.reachedResult} of ${r.voters} within 15 s` : ms(r.resultToAllMs)]),
  );
  const file = await saveResults('vote-storm', { benchmark: 'vote-storm', at: new Date().toISOString(), machine: await machine(), voters, spreadMs, results });
  console.log(`\nRaw results: ${file}`);
  if (results.some((r) => r.lost > 0 || r.duplicated > 0)) throw new Error('votes were lost or counted twice');
}
