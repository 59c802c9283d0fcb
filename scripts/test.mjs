// The whole test suite: typecheck, lint, unit and integration tests on PGlite and on a PostgreSQL 15
// server the harness starts, then the browser tests against a built, started server.
// Usage: npm test [-- --only=check,build,pglite,postgres,e2e] [-- --serial]
import { spawn } from 'node:child_process';

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const serial = process.argv.includes('--serial');
const steps = [
  { id: 'check', title: 'Typecheck and lint', cmd: ['npm', ['run', 'check']] },
  // Built once here: the CLI end-to-end test spawns dist/main.js and the browser tests serve dist.
  { id: 'build', title: 'Build', cmd: ['npm', ['run', 'build']] },
  // The browser tests keep about one core of two busy (measured: 0.75): the PGlite tests, the longer of the
  // two Vitest runs, go beside them, their output held back until they end so the two reports do not
  // interleave (--serial: one step at a time).
  { id: 'pglite', title: 'Unit and integration tests on PGlite', cmd: ['vitest', ['run']], env: { COLLEGIUM_TEST_DB: 'pglite' }, beside: serial ? undefined : 'e2e' },
  { id: 'e2e', title: 'Browser tests in Chromium', cmd: ['node', ['scripts/e2e.mjs', '--no-build']] },
  { id: 'postgres', title: 'Integration tests on PostgreSQL 15', cmd: ['vitest', ['run']], env: { COLLEGIUM_TEST_DB: 'postgres' } },
].filter((s) => !only || only.includes(s.id));

/** Runs one step; `quiet` collects its output and prints it, under its title, when it ends. */
function run(step, quiet) {
  const started = Date.now();
  const [command, args] = step.cmd;
  const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...step.env } });
  let output = '';
  if (quiet) {
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
  }
  return new Promise((resolve) => {
    const finish = (status) => {
      if (quiet) process.stdout.write(`\n━━ ${step.title} (ran beside the next step) ━━\n${output}`);
      const ok = status === 0;
      if (!ok) console.error(`✗ ${step.title} failed (exit ${status})`);
      resolve({ ...step, ok, seconds: Math.round((Date.now() - started) / 1000) });
    };
    child.on('error', (error) => {
      output += `${error.message}\n`;
      finish(error.message);
    });
    child.on('exit', (code, signal) => finish(code ?? signal));
  });
}

const results = [];
for (let i = 0; i < steps.length; i++) {
  const step = steps[i];
  const next = step.beside && steps[i + 1]?.id === step.beside ? steps[i + 1] : undefined;
  if (next) {
    console.log(`\n━━ ${next.title}, with ${step.title} beside it ━━`);
    results.push(...(await Promise.all([run(step, true), run(next, false)])));
    i++;
    continue;
  }
  console.log(`\n━━ ${step.title} ━━`);
  results.push(await run(step, false));
}

console.log('\n━━ Summary ━━');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.title} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
