// Starting and stopping the built server for the browser tests and the benchmarks: a free loopback port,
// a fresh temporary DATA_DIR, and a stop that always happens (even on Ctrl-C or a failing test run).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const serverMain = path.join(repoRoot, 'packages/server/dist/main.js');

/**
 * A TCP port on 127.0.0.1 that nobody listens on right now.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** @param {string} prefix */
export function tempDir(prefix) {
  return mkdtemp(path.join(os.tmpdir(), `collegium-${prefix}-`));
}

/** Runs `npm run build` at the repository root; throws when it fails. */
export function build() {
  const run = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status ?? run.signal})`);
}

/**
 * Runs one `collegium` CLI command with extra environment variables.
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @returns {Promise<{ code: number, output: string }>}
 */
export function runCli(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverMain, ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
/** @type {Set<() => Promise<void>>} */
const stoppers = new Set();
let exitHooked = false;

function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  // A synchronous last resort: whatever happens to this process, no server outlives it.
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      console.error(`\nReceived ${signal}; stopping the server.`);
      Promise.all([...stoppers].map((stop) => stop())).finally(() => process.exit(130));
    });
  }
}

/**
 * SIGTERM, then SIGKILL after the grace period.
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<void>}
 */
function stopChild(child, graceMs = 10_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * @typedef {object} StartOptions
 * @property {Record<string, string>} [env] extra environment variables
 * @property {string} [dataDir] DATA_DIR to use (default: a fresh temporary one, removed on stop)
 * @property {string[]} [args] extra arguments after `serve`
 * @property {number} [readyTimeoutMs]
 * @property {string} [logFile] where the server's output goes (default: server.log in DATA_DIR)
 *
 * @typedef {object} StartedServer
 * @property {string} url
 * @property {number} port
 * @property {string} dataDir
 * @property {string} log
 * @property {number} readyAfterMs from spawn to the first 200 from /readyz
 * @property {() => Promise<void>} stop
 * @property {(signal: NodeJS.Signals) => void} kill sends a signal to the server process (a crash test's SIGKILL)
 */

/**
 * Spawns `node packages/server/dist/main.js serve` on 127.0.0.1 and waits until /readyz answers 200.
 * The server's output goes to a log file, printed when start-up fails.
 * @param {StartOptions} [options]
 * @returns {Promise<StartedServer>}
 */
export async function startServer({ env = {}, dataDir, args = [], readyTimeoutMs = 120_000, logFile } = {}) {
  hookExit();
  const port = await freePort();
  const ownDataDir = !dataDir;
  const dir = dataDir ?? (await tempDir('data'));
  const log = logFile ?? path.join(dir, 'server.log');
  const out = createWriteStream(log, { flags: 'a' });
  const url = `http://127.0.0.1:${port}`;
  const startedAt = performance.now();
  const child = spawn(process.execPath, [serverMain, 'serve', ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      COLLEGIUM_PUBLIC_URL: url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  /** @type {Promise<number | string | null>} */
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));

  const stop = async () => {
    stoppers.delete(stop);
    await stopChild(child);
    running.delete(child);
    out.end();
    if (ownDataDir && !process.env.COLLEGIUM_KEEP_DATA) await rm(dir, { recursive: true, force: true });
  };
  stoppers.add(stop);

  const deadline = Date.now() + readyTimeoutMs;
  let readyAfterMs;
  for (;;) {
    const status = await Promise.race([probe(`${url}/readyz`), exited.then((code) => ({ exited: code }))]);
    if (typeof status === 'object') {
      const output = await readFile(log, 'utf8').catch(() => '');
      await stop();
      throw new Error(`The server exited (${status.exited}) before it was ready. Its output:\n${output}`);
    }
    if (status === 200) {
      readyAfterMs = performance.now() - startedAt;
      break;
    }
    if (Date.now() > deadline) {
      const output = await readFile(log, 'utf8').catch(() => '');
      await stop();
      throw new Error(`The server was not ready after ${readyTimeoutMs / 1000} s. Its output:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { url, port, dataDir: dir, log, readyAfterMs, stop, kill: (signal) => void child.kill(signal) };
}

/** @param {string} url */
async function probe(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
