// Benchmarks against the built server, on loopback, bounded in time; each prints a table and saves its
// raw figures under bench/results/. Usage: npm run bench -- <name> [options]   (npm run bench lists them)
import { build } from './lib/server.mjs';

const benchmarks = {
  startup: 'time from process start to /readyz OK, empty and demo database, PGlite and PostgreSQL',
  http: 'authenticated GET /api/v1/me req/s and p99 against a bare Fastify route, PGlite and PostgreSQL',
  directory: 'import 300 organisations, 3,000 bodies, 30,000 people, 60,000 memberships; tree, members, search p50/p99',
  sessions: 'packet of 40 PDFs / 600 pages: build time, peak memory; 30-item session read req/s and p99 against bare Fastify',
  'vote-storm': '1,000 voters on WebSockets casting within a second: acknowledged, lost, duplicated, latency, close → result to all',
  minutes: 'minutes of a 40-item session as PDF and DOCX (median of N); register of 100,000 decisions: filters, sort, search p50/p95',
};

const [name, ...rest] = process.argv.slice(2);
if (!name || !(name in benchmarks)) {
  if (name) console.error(`Unknown benchmark "${name}".\n`);
  console.log('Usage: npm run bench -- <name> [--no-build] [options]\n');
  for (const [id, description] of Object.entries(benchmarks)) console.log(`  ${id.padEnd(10)} ${description}`);
  process.exit(name ? 2 : 0);
}

try {
  if (!rest.includes('--no-build')) build();
  const { run } = await import(`../bench/${name}.mjs`);
  await run(rest.filter((a) => a !== '--no-build'));
  process.exit(0);
} catch (error) {
  console.error(`✗ benchmark ${name} failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
