// Start-up time: from spawning `node packages/server/dist/main.js serve` to the first 200 from /readyz,
// on PGlite and PostgreSQL, with an empty database (first start: create + migrate + first administrator;
// restart: already migrated) and with the demo installation (`collegium seed --demo`).
// Usage: npm run bench -- startup [--runs=3] [--db=pglite,postgres]
import { runCli, startServer } from '../scripts/lib/server.mjs';
import { openEngine, selectedEngines } from './lib/engines.mjs';
import { machine, warnIfBusy, median, printTable, saveResults, seconds } from './lib/report.mjs';

const adminEnv = { COLLEGIUM_ADMIN_EMAIL: 'bench@collegium.test', COLLEGIUM_ADMIN_PASSWORD: 'bench-password-123' };

/**
 * Starts the server, records how long it took to become ready, and stops it.
 * @param {import('./lib/engines.mjs').BenchDatabase} database
 * @param {string} label printed with the figure
 */
async function timeStart(database, label) {
  const server = await startServer({ env: { ...adminEnv, ...database.env }, dataDir: database.dataDir });
  await server.stop();
  console.log(`  ${label}: ${seconds(server.readyAfterMs)}`);
  return server.readyAfterMs;
}

/**
 * @param {import('./lib/engines.mjs').Engine} engine
 * @param {number} runs
 */
async function measureEngine(engine, runs) {
  /** @type {Array<{ engine: string, scenario: string, samplesMs: number[], note?: string }>} */
  const out = [];

  const firstStarts = [];
  for (let i = 0; i < runs; i++) {
    const database = await engine.createDatabase('first');
    firstStarts.push(await timeStart(database, `${engine.label}, empty, first start`));
    await database.drop();
  }
  out.push({ engine: engine.label, scenario: 'empty, first start (create + migrate)', samplesMs: firstStarts });

  const database = await engine.createDatabase('empty');
  try {
    await timeStart(database, `${engine.label}, empty, first start (creating the database to restart)`);
    const restarts = [];
    for (let i = 0; i < runs; i++) restarts.push(await timeStart(database, `${engine.label}, empty, restart`));
    out.push({ engine: engine.label, scenario: 'empty, restart', samplesMs: restarts });

    process.stdout.write(`  ${engine.label}: seeding the demo installation… `);
    const seedStarted = performance.now();
    const seeded = await runCli(['seed', '--demo'], { ...adminEnv, ...database.env, DATA_DIR: database.dataDir, LOG_LEVEL: 'warn' });
    if (seeded.code !== 0) {
      const reason = /unknown command/i.test(seeded.output)
        ? '`collegium seed --demo` does not exist in this build'
        : `\`collegium seed --demo\` failed (exit ${seeded.code})`;
      console.log(`not measured: ${reason}`);
      if (!/unknown command/i.test(seeded.output)) console.log(seeded.output.trim().split('\n').slice(-15).join('\n'));
      out.push({ engine: engine.label, scenario: 'demo, restart', samplesMs: [], note: reason });
    } else {
      console.log(`done in ${seconds(performance.now() - seedStarted)}`);
      const demo = [];
      for (let i = 0; i < runs; i++) demo.push(await timeStart(database, `${engine.label}, demo, restart`));
      out.push({ engine: engine.label, scenario: 'demo, restart', samplesMs: demo });
    }
  } finally {
    await database.drop();
  }
  return out;
}

/** @param {string[]} argv */
export async function run(argv) {
  await warnIfBusy();
  const runsFlag = argv.find((a) => a.startsWith('--runs='));
  const runs = runsFlag ? Number(runsFlag.slice(7)) : 3;
  if (!Number.isInteger(runs) || runs < 1 || runs > 10) throw new Error('--runs must be a whole number from 1 to 10');

  /** @type {Awaited<ReturnType<typeof measureEngine>>} */
  const results = [];
  for (const name of selectedEngines(argv)) {
    console.log(`\n${name}: ${runs} run(s) per scenario`);
    const engine = await openEngine(name);
    try {
      results.push(...(await measureEngine(engine, runs)));
    } finally {
      await engine.close();
    }
  }

  console.log('\nStart-up: spawn of `main.js serve` → first 200 from /readyz');
  printTable(
    ['database', 'scenario', 'median', 'min', 'max'],
    results.map((r) =>
      r.samplesMs.length === 0
        ? [r.engine, r.scenario, '–', '–', r.note ?? 'not measured']
        : [r.engine, r.scenario, seconds(median(r.samplesMs)), seconds(Math.min(...r.samplesMs)), seconds(Math.max(...r.samplesMs))],
    ),
  );
  const file = await saveResults('startup', { benchmark: 'startup', at: new Date().toISOString(), machine: await machine(), runs, results });
  console.log(`\nRaw results: ${file}`);
}
