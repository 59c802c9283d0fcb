// Typecheck and lint (`npm run check`): the same commands as `npm run typecheck` and `npm run lint`, in
// two lanes at once once the shared package is built, since tsc and ESLint each keep one core busy.
// Each lane's output is printed when it ends, so the two do not interleave.
import { spawn, spawnSync } from 'node:child_process';

/** @param {string[]} command */
function runQuietly(command) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: `${output}${error.message}\n` }));
    child.on('exit', (code) => resolve({ ok: code === 0, output }));
  });
}

/** @param {string[][]} commands — run one after another, stopping at the first failure */
async function lane(commands) {
  let log = '';
  for (const command of commands) {
    const started = Date.now();
    const { ok, output } = await runQuietly(command);
    log += `$ ${command.join(' ')}  (${((Date.now() - started) / 1000).toFixed(0)} s)\n${output}`;
    if (!ok) return { ok, log: `${log}✗ failed\n` };
  }
  return { ok: true, log };
}

// Every other project references the shared package's build, so it comes first.
const shared = spawnSync('tsc', ['-b', 'packages/shared'], { stdio: 'inherit' });
if (shared.status !== 0) process.exit(1);

const lanes = await Promise.all([
  lane([['tsc', '-p', 'packages/server/tsconfig.check.json']]),
  lane([
    ['tsc', '-p', 'packages/shared/tsconfig.check.json'],
    ['tsc', '-b', 'packages/web', 'e2e', 'bench'],
    ['eslint', '--max-warnings', '0', '.'],
  ]),
]);
for (const { log } of lanes) process.stdout.write(log);
process.exit(lanes.every((l) => l.ok) ? 0 : 1);
