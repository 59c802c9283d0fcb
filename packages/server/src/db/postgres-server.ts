// A throw-away PostgreSQL 15 server on 127.0.0.1, for the test harness (src/test) and the benchmarks (bench/).
// It lives outside src/test so the build compiles it and bench/ can import it from dist.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, rm } from 'node:fs/promises';
import net from 'node:net';

const BIN_DIRS = ['/usr/lib/postgresql/15/bin'];

function findBin(): string | undefined {
  return BIN_DIRS.find((dir) => existsSync(`${dir}/initdb`));
}

/** Installs Debian's PostgreSQL 15 when it is missing; fails loudly when it cannot. */
export function ensurePostgresInstalled(): string {
  let bin = findBin();
  if (bin) return bin;
  console.log('PostgreSQL 15 is not installed; installing the Debian package postgresql-15…');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15'], {
    stdio: 'inherit',
  });
  bin = findBin();
  if (!bin) throw new Error('PostgreSQL 15 could not be installed: initdb is still missing.');
  return bin;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const isRoot = () => process.getuid?.() === 0;

/** Wraps a command so it runs as the postgres system user when we are root (the server refuses root). */
function asPostgres(command: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts a throw-away PostgreSQL 15 server on 127.0.0.1 with its data in `dir`. */
export async function startPostgres(dir: string): Promise<PostgresServer> {
  const bin = ensurePostgresInstalled();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  if (isRoot()) {
    execFileSync('chown', ['-R', 'postgres:postgres', dir]);
    await chmod(dir, 0o700);
  }
  const [initCmd, initArgs] = asPostgres(`${bin}/initdb`, ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  execFileSync(initCmd, initArgs, { stdio: 'pipe' });
  const port = await freePort();
  const [cmd, args] = asPostgres(`${bin}/postgres`, [
    '-D', dir, '-h', '127.0.0.1', '-p', String(port), '-k', dir,
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300',
  ]);
  const child: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: false });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL did not start:\n${stderr}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok && stderr.includes('ready to accept connections')) break;
    if (Date.now() > deadline) throw new Error(`PostgreSQL did not become ready in 30 s:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  // Signal the postmaster itself: runuser (used when we are root) forwards only SIGTERM, which PostgreSQL
  // takes as a "smart" shutdown that waits for every client to disconnect. SIGINT is the fast shutdown.
  const signalPostmaster = (signal: NodeJS.Signals) => {
    try {
      const pid = Number(readFileSync(`${dir}/postmaster.pid`, 'utf8').split('\n', 1)[0]);
      if (pid > 0) process.kill(pid, signal);
    } catch {
      child.kill(signal);
    }
  };
  // Never outlive the process that started it.
  const kill = () => signalPostmaster('SIGINT');
  process.once('exit', kill);
  return {
    url,
    async stop() {
      process.off('exit', kill);
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        // Past ten seconds, SIGQUIT: immediate shutdown (the data is thrown away anyway).
        const timer = setTimeout(() => signalPostmaster('SIGQUIT'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        signalPostmaster('SIGINT');
      });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
