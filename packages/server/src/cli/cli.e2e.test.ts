import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../test/database.js';

const mainJs = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const built = existsSync(mainJs);
let dataDir: string;

/** The environment of a spawned CLI: the embedded database in a folder of its own, nothing inherited. */
function cliEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, COLLEGIUM_ADMIN_PASSWORD: _password, PORT: _port, ...rest } = process.env;
  return { ...rest, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
}

function collegium(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [mainJs, ...args], { env: cliEnv(), timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// One run of the built program is enough to show the wiring; the commands themselves are tested in-process.
describe.runIf(testDatabaseKind() === 'pglite')('the built collegium command', () => {
  beforeAll(async () => {
    if (!built && process.env.CI) throw new Error(`${mainJs} is missing: build the server first (npm run build).`);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'collegium-cli-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it.skipIf(!built)('creates an administrator, refuses the same address again, and verifies the audit trail', async () => {
    const created = await collegium('admin', 'create', 'clerk@example.test', '--name', 'Head Clerk');
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/created for clerk@example\.test \(Head Clerk\)[\s\S]*password: \S{16}/);

    const again = await collegium('admin', 'create', 'CLERK@example.test');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');

    const verified = await collegium('audit', 'verify');
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('The audit trail is intact: 1 events checked.');
  }, 120_000);

  it.skipIf(!built)('serves until SIGTERM, then shuts down cleanly with exit code 0', async () => {
    const port = await freePort();
    const server = spawn(process.execPath, [mainJs, 'serve', '--port', String(port), '--host', '127.0.0.1'], {
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
        if (ready) break;
        if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the server did not become ready:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      server.kill('SIGTERM');
      expect(await exited, output).toBe(0);
      expect(existsSync(path.join(dataDir, 'db', 'postmaster.pid'))).toBe(false);
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  }, 120_000);
});
