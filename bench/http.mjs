// Authenticated GET /api/v1/me on the built server against a bare Fastify route that returns the same
// JSON, measured in the same run with autocannon (loopback, bounded in time and connections), on PGlite
// and PostgreSQL. Both servers are separate Node processes; autocannon runs in this one.
// Usage: npm run bench -- http [--duration=10] [--connections=20] [--db=pglite,postgres]
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startServer } from '../scripts/lib/server.mjs';
import { openEngine, selectedEngines } from './lib/engines.mjs';
import { machine, warnIfBusy, printTable, saveResults } from './lib/report.mjs';

const admin = { email: 'bench@collegium.test', password: 'bench-password-123' };
const WARMUP_SECONDS = 2;

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

/**
 * Signs in with e-mail and password and returns the Cookie header that carries the session.
 * @param {string} baseUrl
 */
async function signIn(baseUrl) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (cookies.length === 0) throw new Error('sign-in set no cookie');
  return cookies.join('; ');
}

/**
 * Starts the bare Fastify yardstick answering GET `path` with `body`.
 * @param {string} body
 * @param {string} [path]
 */
export async function startBare(body, path = '/api/v1/me') {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./lib/bare-server.mjs', import.meta.url))], {
    env: { ...process.env, BARE_BODY: body, BARE_PATH: path },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.on('exit', () => child.kill('SIGKILL'));
  const lines = createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) });
  const port = await new Promise((resolve, reject) => {
    lines.once('line', (line) => resolve(Number(line)));
    child.once('exit', (code) => reject(new Error(`the bare server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    /** @returns {Promise<void>} */
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * @param {string} url
 * @param {Record<string, string>} headers
 * @param {number} duration
 * @param {number} connections
 */
export async function load(url, headers, duration, connections) {
  await autocannon({ url, headers, duration: WARMUP_SECONDS, connections });
  const result = await autocannon({ url, headers, duration, connections });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts`);
  return result;
}

/**
 * @param {'pglite' | 'postgres'} name
 * @param {number} duration
 * @param {number} connections
 */
async function measureEngine(name, duration, connections) {
  const engine = await openEngine(name);
  const database = await engine.createDatabase('http');
  const server = await startServer({
    env: { COLLEGIUM_ADMIN_EMAIL: admin.email, COLLEGIUM_ADMIN_PASSWORD: admin.password, ...database.env },
    dataDir: database.dataDir,
  });
  try {
    const cookie = await signIn(server.url);
    const meResponse = await fetch(`${server.url}/api/v1/me`, { headers: { cookie } });
    if (meResponse.status !== 200) throw new Error(`GET /api/v1/me answered ${meResponse.status}`);
    const body = await meResponse.text();
    const bare = await startBare(body);
    try {
      console.log(`  ${engine.label}: bare Fastify route, ${duration} s…`);
      const bareResult = await load(`${bare.url}/api/v1/me`, {}, duration, connections);
      console.log(`  ${engine.label}: Collegium GET /api/v1/me (session cookie), ${duration} s…`);
      const appResult = await load(`${server.url}/api/v1/me`, { cookie }, duration, connections);
      return { engine: engine.label, bodyBytes: Buffer.byteLength(body), bare: bareResult, app: appResult };
    } finally {
      await bare.stop();
    }
  } finally {
    await server.stop();
    await database.drop();
    await engine.close();
  }
}

/** @param {string[]} argv */
export async function run(argv) {
  await warnIfBusy();
  const duration = numberFlag(argv, 'duration', 10, 60);
  const connections = numberFlag(argv, 'connections', 20, 200);
  const results = [];
  for (const name of selectedEngines(argv)) {
    console.log(`\n${name}: ${connections} connections, ${WARMUP_SECONDS} s warm-up + ${duration} s per route`);
    results.push(await measureEngine(name, duration, connections));
  }

  console.log(`\nAuthenticated GET /api/v1/me against a bare Fastify route with the same JSON (${connections} connections, ${duration} s)`);
  /** @type {Array<Array<string | number>>} */
  const rows = [];
  for (const r of results) {
    const ratio = r.app.requests.average / r.bare.requests.average;
    rows.push([r.engine, 'bare Fastify', Math.round(r.bare.requests.average), `${r.bare.latency.p99} ms`, '']);
    rows.push([r.engine, 'Collegium /api/v1/me', Math.round(r.app.requests.average), `${r.app.latency.p99} ms`, `${ratio.toFixed(2)} ${ratio >= 0.5 ? '(aim ≥ 0.5: met)' : '(aim ≥ 0.5: NOT met)'}`]);
  }
  printTable(['database', 'route', 'req/s', 'p99', 'ratio to bare'], rows);
  const file = await saveResults('http', { benchmark: 'http', at: new Date().toISOString(), machine: await machine(), duration, connections, results });
  console.log(`\nRaw results: ${file}`);
}
