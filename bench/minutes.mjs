// Issue 6's benchmark. (a) Minutes exports: the minutes of a 40-item session (discussions of a few paragraphs,
// a named or secret vote and a decision on every item) as PDF and as DOCX through the HTTP routes — median of
// N runs after a warm-up. (b) The register of decisions: GET /api/v1/decisions with typical filters, sorts and
// a search over 100,000 decisions (p50 and p95 of sequential requests). On PGlite and PostgreSQL.
// Usage: npm run bench -- minutes [--runs=5] [--samples=30] [--db=pglite,postgres]
import { readFile } from 'node:fs/promises';
import { startServer } from '../scripts/lib/server.mjs';
import { openEngine, selectedEngines } from './lib/engines.mjs';
import { percentile } from './lib/latency.mjs';
import { DECISIONS, ITEMS, openBenchDatabase, seedMinutesData } from './lib/minutes-data.mjs';
import { machine, median, printTable, saveResults, seconds, warnIfBusy } from './lib/report.mjs';
import { signIn } from './lib/session-fixture.mjs';

const admin = { email: 'bench@collegium.test', password: 'bench-password-123' };

/**
 * @param {string[]} argv
 * @param {string} name
 * @param {number} fallback
 * @param {number} max
 */
function numberFlag(argv, name, fallback, max) {
  const flag = argv.find((a) => a.startsWith(`--${name}=`));
  const value = flag ? Number(flag.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} must be a whole number from 1 to ${max}`);
  return value;
}

/** The typical questions put to the register, with the ids they need. */
/** @returns {Array<[string, string]>} */
const registerQueries = (/** @type {{ bodyId: string, organizationId: string }} */ ids) => [
  ['newest first (default)', ''],
  ['overdue', 'status=overdue'],
  ['open, by deadline', 'status=open&sort=deadline'],
  ['search "school meals"', `q=${encodeURIComponent('school meals')}`],
  ['body, deadlines in 2024, by number', `bodyId=${ids.bodyId}&deadlineFrom=2024-01-01&deadlineTo=2024-12-31&sort=number`],
  ['responsible organisation, in progress', `responsibleOrganizationId=${ids.organizationId}&status=in_progress`],
];

/**
 * Times one GET: sent → whole body read; throws unless 200.
 * @param {string} url
 * @param {string} cookie
 */
async function timedGet(url, cookie) {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${body.toString('utf8').slice(0, 300)}`);
  return { ms, body };
}

/**
 * @param {'pglite' | 'postgres'} name
 * @param {number} runs
 * @param {number} samples
 */
async function measure(name, runs, samples) {
  const engine = await openEngine(name);
  const database = await engine.createDatabase('minutes');
  try {
    console.log(`  ${engine.label}: seeding ${DECISIONS.toLocaleString('en')} decisions and the minutes of a ${ITEMS}-item session…`);
    const db = await openBenchDatabase(database);
    const seedStarted = performance.now();
    let ids;
    try {
      ids = await seedMinutesData(db);
    } finally {
      await db.close();
    }
    const seedMs = performance.now() - seedStarted;
    const server = await startServer({ env: { COLLEGIUM_ADMIN_EMAIL: admin.email, COLLEGIUM_ADMIN_PASSWORD: admin.password, ...database.env }, dataDir: database.dataDir });
    try {
      const { cookie } = await signIn(server.url, admin);
      /** @type {Record<string, { ms: number[], bytes: number, pages: number | null }>} */
      const exports = {};
      for (const format of ['pdf', 'docx']) {
        const url = `${server.url}/api/v1/minutes/${ids.minutesId}/export.${format}`;
        console.log(`  ${engine.label}: export.${format}, 1 warm-up + ${runs} runs…`);
        const warm = await timedGet(url, cookie);
        const ms = [];
        for (let i = 0; i < runs; i++) ms.push((await timedGet(url, cookie)).ms);
        const pages = format === 'pdf' ? (warm.body.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length : null;
        exports[format] = { ms, bytes: warm.body.length, pages };
      }
      /** @type {Array<{ query: string, total: number, p50: number, p95: number }>} */
      const register = [];
      for (const [label, query] of registerQueries(ids)) {
        const url = `${server.url}/api/v1/decisions?${query}${query ? '&' : ''}limit=50`;
        const first = await timedGet(url, cookie);
        const total = JSON.parse(first.body.toString('utf8')).total;
        for (let i = 0; i < 2; i++) await timedGet(url, cookie);
        const times = [];
        for (let i = 0; i < samples; i++) times.push((await timedGet(url, cookie)).ms);
        times.sort((a, b) => a - b);
        register.push({ query: label, total, p50: percentile(times, 50), p95: percentile(times, 95) });
      }
      return { engine: engine.label, seedMs, exports, register };
    } catch (error) {
      const log = await readFile(server.log, 'utf8').catch(() => '');
      throw new Error(`${error instanceof Error ? error.message : error}\nThe server's log ends with:\n${log.trim().split('\n').slice(-10).join('\n')}`, { cause: error });
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
    await engine.close();
  }
}

/** @param {string[]} argv */
export async function run(argv) {
  await warnIfBusy();
  const runs = numberFlag(argv, 'runs', 5, 50);
  const samples = numberFlag(argv, 'samples', 30, 500);
  const results = [];
  for (const name of selectedEngines(argv)) results.push(await measure(name, runs, samples));

  console.log(`\nMinutes exports: a ${ITEMS}-item session through GET /api/v1/minutes/:id/export.* as an administrator (median of ${runs} runs after a warm-up)`);
  printTable(
    ['database', 'format', 'median', 'fastest', 'slowest', 'size', 'pages'],
    results.flatMap((r) =>
      Object.entries(r.exports).map(([format, e]) => [r.engine, format.toUpperCase(), seconds(median(e.ms)), seconds(Math.min(...e.ms)), seconds(Math.max(...e.ms)), `${Math.round(e.bytes / 1024)} KB`, e.pages ?? '']),
    ),
  );
  console.log(`\nRegister of decisions: GET /api/v1/decisions?…&limit=50 over ${DECISIONS.toLocaleString('en')} decisions (${samples} sequential requests each)`);
  printTable(
    ['database', 'query', 'matches', 'p50', 'p95'],
    results.flatMap((r) => r.register.map((q) => [r.engine, q.query, q.total, `${q.p50.toFixed(1)} ms`, `${q.p95.toFixed(1)} ms`])),
  );
  const file = await saveResults('minutes', { benchmark: 'minutes', at: new Date().toISOString(), machine: await machine(), runs, samples, results });
  console.log(`\nRaw results: ${file}`);
}
