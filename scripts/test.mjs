// The whole test suite: typecheck, lint, unit and integration tests on PGlite and on a PostgreSQL 15
// server the harness starts, then the browser tests against a built, started server.
// Usage: npm test [-- --only=check,build,pglite,postgres,e2e]
import { spawnSync } from 'node:child_process';

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const steps = [
  { id: 'check', title: 'Typecheck and lint', cmd: ['npm', ['run', 'check']] },
  // Built once here: the CLI end-to-end test spawns dist/main.js and the browser tests serve dist.
  { id: 'build', title: 'Build', cmd: ['npm', ['run', 'build']] },
  { id: 'pglite', title: 'Unit and integration tests on PGlite', cmd: ['vitest', ['run']], env: { COLLEGIUM_TEST_DB: 'pglite' } },
  { id: 'postgres', title: 'Integration tests on PostgreSQL 15', cmd: ['vitest', ['run']], env: { COLLEGIUM_TEST_DB: 'postgres' } },
  { id: 'e2e', title: 'Browser tests in Chromium', cmd: ['node', ['scripts/e2e.mjs', '--no-build']] },
].filter((s) => !only || only.includes(s.id));

const results = [];
for (const step of steps) {
  console.log(`\n━━ ${step.title} ━━`);
  const started = Date.now();
  const [command, args] = step.cmd;
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const ok = run.status === 0;
  results.push({ ...step, ok, seconds: Math.round((Date.now() - started) / 1000) });
  if (!ok) console.error(`✗ ${step.title} failed (exit ${run.status ?? run.signal})`);
}

console.log('\n━━ Summary ━━');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.title} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
