// Issue 4's benchmark. (a) The session packet: 40 generated PDF materials with 600 pages in all merged into
// one packet by the server's builder, in a child process per run so its memory is measured alone — build
// time, resident set before, peak (kernel high-water mark) and the growth. (b) The session page's read:
// GET /api/v1/sessions/:id of a 30-item session with materials, as a member, with autocannon against a
// bare Fastify route answering the same JSON, in the same run — on PGlite and PostgreSQL.
// Usage: npm run bench -- sessions [--runs=3] [--duration=10] [--connections=20] [--db=pglite,postgres] [--only=packet|read]
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startServer, tempDir } from '../scripts/lib/server.mjs';
import { load, startBare } from './http.mjs';
import { openEngine, selectedEngines } from './lib/engines.mjs';
import { MATERIALS, TOTAL_PAGES, writePacketMaterials } from './lib/packet-data.mjs';
import { machine, median, printTable, saveResults, seconds, warnIfBusy } from './lib/report.mjs';
import { ITEMS, buildSessionFixture, signIn } from './lib/session-fixture.mjs';

const admin = { email: 'bench@collegium.test', password: 'bench-password-123' };
const run$ = promisify(execFile);
const MB = 1024 * 1024;

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

/** @param {number} runs */
async function measurePacket(runs) {
  const dir = await tempDir('bench-packet');
  try {
    const manifest = await writePacketMaterials(dir);
    const manifestFile = path.join(dir, 'manifest.json');
    await writeFile(manifestFile, JSON.stringify(manifest));
    const child = fileURLToPath(new URL('./lib/packet-build-child.mjs', import.meta.url));
    /** @type {Array<{ buildMs: number, cpuMs: number, baselineRss: number, peakRss: number, packetBytes: number, pageCount: number, included: number }>} */
    const samples = [];
    for (let i = 1; i <= runs; i++) {
      console.log(`  packet build ${i}/${runs}…`);
      const { stdout } = await run$(process.execPath, [child, manifestFile], { maxBuffer: MB });
      const sample = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
      if (sample.included !== MATERIALS) throw new Error(`only ${sample.included} of ${MATERIALS} materials made it into the packet`);
      samples.push(sample);
    }
    const inputBytes = manifest.reduce((sum, m) => sum + m.bytes, 0);
    return { materials: MATERIALS, materialPages: TOTAL_PAGES, inputBytes, samples };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * @param {string} url
 * @param {string} sessionId
 * @param {string} cookie
 */
async function waitForPacket(url, sessionId, cookie) {
  for (let i = 0; i < 600; i++) {
    const response = await fetch(`${url}/api/v1/sessions/${sessionId}/packet/status`, { headers: { cookie } });
    const status = /** @type {{ status: string, error: string | null }} */ (await response.json());
    if (status.status === 'ready') return;
    if (status.status === 'failed') throw new Error(`the packet failed: ${status.error}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the packet was not ready after two minutes');
}

/**
 * @param {'pglite' | 'postgres'} name
 * @param {number} duration
 * @param {number} connections
 */
async function measureRead(name, duration, connections) {
  const engine = await openEngine(name);
  const database = await engine.createDatabase('sessions');
  const server = await startServer({ env: { COLLEGIUM_ADMIN_EMAIL: admin.email, COLLEGIUM_ADMIN_PASSWORD: admin.password, ...database.env }, dataDir: database.dataDir });
  try {
    console.log(`  ${engine.label}: a session of ${ITEMS} items with materials…`);
    const fixture = await buildSessionFixture(server.url, await signIn(server.url, admin));
    const { cookie } = await signIn(server.url, fixture.member);
    // The packet job rebuilds after every change: let it finish before measuring, or it competes for the CPUs.
    await waitForPacket(server.url, fixture.sessionId, cookie);
    const route = `/api/v1/sessions/${fixture.sessionId}`;
    const response = await fetch(`${server.url}${route}`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`GET ${route} answered ${response.status}`);
    const body = await response.text();
    const detail = JSON.parse(body);
    const materials = detail.agenda.items.reduce((/** @type {number} */ n, /** @type {{ materials?: unknown[] }} */ item) => n + (item.materials?.length ?? 0), 0);
    if (detail.agenda.items.length !== ITEMS) throw new Error(`the member sees ${detail.agenda.items.length} items, not ${ITEMS}`);
    const bare = await startBare(body, route);
    try {
      console.log(`  ${engine.label}: bare Fastify route, ${duration} s…`);
      const bareResult = await load(`${bare.url}${route}`, {}, duration, connections);
      console.log(`  ${engine.label}: Collegium GET ${route.replace(fixture.sessionId, ':id')} as a member, ${duration} s…`);
      const appResult = await load(`${server.url}${route}`, { cookie }, duration, connections);
      return { engine: engine.label, bodyBytes: Buffer.byteLength(body), items: ITEMS, materials, bare: bareResult, app: appResult };
    } finally {
      await bare.stop();
    }
  } catch (error) {
    const log = await readFile(server.log, 'utf8').catch(() => '');
    throw new Error(`${error instanceof Error ? error.message : error}\nThe server's log ends with:\n${log.trim().split('\n').slice(-10).join('\n')}`, { cause: error });
  } finally {
    await server.stop();
    await database.drop();
    await engine.close();
  }
}

/** @param {number} bytes */
const mb = (bytes) => `${(bytes / MB).toFixed(0)} MB`;

/** @param {string[]} argv */
export async function run(argv) {
  await warnIfBusy();
  const runs = numberFlag(argv, 'runs', 3, 20);
  const duration = numberFlag(argv, 'duration', 10, 60);
  const connections = numberFlag(argv, 'connections', 20, 200);
  const only = argv.find((a) => a.startsWith('--only='))?.slice(7);
  if (only && only !== 'packet' && only !== 'read') throw new Error('--only must be packet or read');

  const packet = only === 'read' ? null : await measurePacket(runs);
  if (packet) {
    const s = packet.samples;
    console.log(`\nSession packet: ${packet.materials} PDF materials, ${packet.materialPages} pages, ${mb(packet.inputBytes)} in (${runs} runs, a fresh process each)`);
    printTable(
      ['run', 'build', 'CPU', 'pages', 'packet', 'RSS before', 'peak RSS', 'growth'],
      [
        ...s.map((r, i) => [i + 1, seconds(r.buildMs), seconds(r.cpuMs), r.pageCount, mb(r.packetBytes), mb(r.baselineRss), mb(r.peakRss), mb(r.peakRss - r.baselineRss)]),
        ['median', seconds(median(s.map((r) => r.buildMs))), seconds(median(s.map((r) => r.cpuMs))), s[0]?.pageCount ?? 0, '', mb(median(s.map((r) => r.baselineRss))), mb(median(s.map((r) => r.peakRss))), mb(median(s.map((r) => r.peakRss - r.baselineRss)))],
      ],
    );
  }
  /** @type {Array<Awaited<ReturnType<typeof measureRead>>>} */
  const reads = [];
  if (only !== 'packet') for (const name of selectedEngines(argv)) reads.push(await measureRead(name, duration, connections));

  if (reads.length) {
    console.log(`\nGET /api/v1/sessions/:id (${ITEMS} items with materials, as a member) against a bare Fastify route with the same JSON (${connections} connections, ${duration} s)`);
    printTable(
      ['database', 'route', 'req/s', 'p99', 'ratio to bare'],
      reads.flatMap((r) => [
        [r.engine, `bare Fastify (${Math.round(r.bodyBytes / 1024)} KB)`, Math.round(r.bare.requests.average), `${r.bare.latency.p99} ms`, ''],
        [r.engine, `session detail (${r.materials} materials)`, Math.round(r.app.requests.average), `${r.app.latency.p99} ms`, (r.app.requests.average / r.bare.requests.average).toFixed(2)],
      ]),
    );
  }
  const file = await saveResults('sessions', { benchmark: 'sessions', at: new Date().toISOString(), machine: await machine(), runs, duration, connections, packet, reads });
  console.log(`\nRaw results: ${file}`);
}
