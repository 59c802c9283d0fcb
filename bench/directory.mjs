// The directory at the size of a real installation (issue 3): 300 organisations, 3,000 bodies, 30,000
// people and 60,000 memberships, generated from a seed. Measures the import and then, against the built
// server over HTTP as a signed-in administrator, the body tree, the member list of a 200-member body and
// the directory search — on PGlite and PostgreSQL.
// Usage: npm run bench -- directory [--scale=1] [--db=pglite,postgres] [--load=auto|importer|bulk]
//        [--import-memberships=N]  (the importer takes the first N membership rows, the bulk loader the rest)
import { readFile } from 'node:fs/promises';
import { startServer } from '../scripts/lib/server.mjs';
import { generateDirectory, LARGE_BODY_MEMBERS } from './lib/directory-data.mjs';
import { loadDirectory, loadPaths } from './lib/directory-load.mjs';
import { searchQueries } from './lib/directory-names.mjs';
import { openEngine, selectedEngines } from './lib/engines.mjs';
import { getJson, measureLatency, summarize } from './lib/latency.mjs';
import { machine, warnIfBusy, printTable, saveResults, seconds } from './lib/report.mjs';

const admin = { email: 'bench@collegium.test', password: 'bench-password-123' };
const TREE_PAGE = 1000;
// By default the importer takes every membership row, as the issue asks (about 3.5 min on PostgreSQL and 7 min on
// PGlite here); --import-memberships=N gives it only the first N rows and the bulk loader the rest, for quick runs.
const DEFAULT_IMPORTED_MEMBERSHIPS = Number.POSITIVE_INFINITY;
const counts = { tree: { warmup: 5, samples: 50 }, members: { warmup: 10, samples: 200 }, searchPerQuery: { warmup: 1, samples: 10 } };

/** @param {string[]} argv */
function options(argv) {
  const flag = (/** @type {string} */ name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const scale = Number(flag('scale') ?? 1);
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale must be a number above 0 and at most 1 (1 = the full data set)');
  const load = flag('load') ?? 'auto';
  if (!loadPaths.includes(load)) throw new Error(`--load must be one of ${loadPaths.join(', ')}`);
  const importMemberships = Number(flag('import-memberships') ?? DEFAULT_IMPORTED_MEMBERSHIPS);
  if (!(importMemberships >= 0)) throw new Error('--import-memberships must be a number of rows');
  return { scale, load: { path: /** @type {import('./lib/directory-load.mjs').LoadPath} */ (load), importMemberships } };
}

/** @param {string} baseUrl */
async function signIn(baseUrl) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/**
 * The whole body tree as the web app needs it: every page of GET /api/v1/bodies.
 * @param {string} url
 * @param {string} cookie
 * @param {number} expected bodies in the data set
 */
async function fetchTree(url, cookie, expected) {
  let bytes = 0;
  let seen = 0;
  /** @type {Array<{ id: string, slug: string }>} */
  const items = [];
  for (let offset = 0; ; offset += TREE_PAGE) {
    const page = await getJson(`${url}/api/v1/bodies?limit=${TREE_PAGE}&offset=${offset}`, cookie);
    bytes += page.bytes;
    seen += page.body.items.length;
    items.push(...page.body.items);
    if (page.body.items.length < TREE_PAGE || seen >= page.body.total) break;
  }
  if (seen !== expected) throw new Error(`the body list gave ${seen} bodies, the data set has ${expected}`);
  return { bytes, items };
}

/**
 * @param {string} url
 * @param {string} cookie
 * @param {import('./lib/directory-data.mjs').DirectoryData} data
 */
async function measureReads(url, cookie, data) {
  const tree = await measureLatency(async () => (await fetchTree(url, cookie, data.bodies.length)).bytes, counts.tree);
  // An import gives the rows ids of its own: find the large body by its slug.
  const largeBodyId = (await fetchTree(url, cookie, data.bodies.length)).items.find((b) => b.slug === data.largeBody.slug)?.id;
  if (!largeBodyId) throw new Error(`the body list has no body “${data.largeBody.slug}”`);
  const members = await measureLatency(async () => {
    const { body, bytes } = await getJson(`${url}/api/v1/bodies/${largeBodyId}/members`, cookie);
    const listed = body.memberGroups.reduce((/** @type {number} */ sum, /** @type {{ members: unknown[] }} */ g) => sum + g.members.length, 0);
    if (listed !== LARGE_BODY_MEMBERS) throw new Error(`the large body lists ${listed} members, not ${LARGE_BODY_MEMBERS}`);
    return bytes;
  }, counts.members);
  /** @type {number[]} */
  const searchTimes = [];
  /** @type {Record<string, number>} */
  const hits = {};
  for (const q of searchQueries) {
    const one = await measureLatency(async () => {
      const { body, bytes } = await getJson(`${url}/api/v1/directory/search?q=${encodeURIComponent(q)}`, cookie);
      hits[q] = body.bodies.length + body.persons.length + body.organizations.length;
      return bytes;
    }, counts.searchPerQuery);
    searchTimes.push(...one.timesMs);
  }
  const search = { ...summarize(searchTimes, 0), hits };
  const empty = Object.keys(hits).filter((q) => hits[q] === 0);
  // A small scale may leave a language out; at full scale every query finds something.
  if (empty.length) console.log(`    no results for ${empty.map((q) => `“${q}”`).join(', ')}`);
  return { tree, members, search };
}

/**
 * @param {'pglite' | 'postgres'} name
 * @param {import('./lib/directory-data.mjs').DirectoryData} data
 * @param {{ path: import('./lib/directory-load.mjs').LoadPath, importMemberships: number }} loadOptions
 */
async function measureEngine(name, data, loadOptions) {
  const engine = await openEngine(name);
  const database = await engine.createDatabase('directory');
  try {
    console.log(`  ${engine.label}: loading the data set…`);
    const load = await loadDirectory(database, data, loadOptions);
    const total = Object.values(load.stepsMs).reduce((a, b) => a + b, 0);
    console.log(`  ${engine.label}: loaded by the ${load.path} in ${seconds(total)}${load.note ? ` (${load.note})` : ''}`);
    const server = await startServer({ env: { COLLEGIUM_ADMIN_EMAIL: admin.email, COLLEGIUM_ADMIN_PASSWORD: admin.password, ...database.env }, dataDir: database.dataDir });
    try {
      const cookie = await signIn(server.url);
      console.log(`  ${engine.label}: measuring the body tree, the member list and search…`);
      const reads = await measureReads(server.url, cookie, data);
      return { engine: engine.label, load: { ...load, totalMs: total }, ...reads };
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

/** @param {number} ms */
const ms = (ms) => `${ms.toFixed(1)} ms`;

/** @param {string[]} argv */
export async function run(argv) {
  await warnIfBusy();
  const { scale, load } = options(argv);
  const data = generateDirectory({ scale });
  const sizes = { organizations: data.organizations.length, bodies: data.bodies.length, persons: data.persons.length, memberships: data.memberships.length };
  console.log(`\nData set (scale ${scale}): ${Object.entries(sizes).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}`);
  const results = [];
  for (const name of selectedEngines(argv)) results.push(await measureEngine(name, data, load));

  console.log('\nLoading the data set');
  printTable(
    ['database', 'path', 'organisations', 'bodies', 'people', 'memberships', 'total', 'memberships/s'],
    results.map((r) => {
      const steps = r.load.stepsMs;
      const imported = r.load.importedMemberships;
      const membershipMs = steps.memberships ?? NaN;
      const membershipRows = imported || sizes.memberships;
      const membershipCell = imported && imported < sizes.memberships ? `${seconds(membershipMs)} (${imported} rows)` : seconds(membershipMs);
      const netMs = membershipMs - (r.load.cliStartMs ?? 0);
      return [r.engine, r.load.path, seconds(steps.organizations ?? NaN), seconds(steps.bodies ?? NaN), imported ? 'with memberships' : seconds(steps.persons ?? NaN), membershipCell, seconds(r.load.totalMs), Math.round(membershipRows / (netMs / 1000))];
    }),
  );
  for (const r of results) if (r.load.note) console.log(`  ${r.engine}: ${r.load.note}`);
  for (const r of results) {
    if (r.load.cliStartMs) console.log(`  ${r.engine}: importer times are \`collegium import\` runs, each including ${seconds(r.load.cliStartMs)} to open the database (memberships/s leaves that out); people are created from membership rows.`);
  }
  console.log('\nReads as a signed-in administrator, one request at a time after a warm-up');
  printTable(
    ['database', 'request', 'samples', 'p50', 'p99', 'max', 'size'],
    results.flatMap((r) => [
      [r.engine, `body tree (${Math.ceil(sizes.bodies / TREE_PAGE)} × GET /bodies?limit=${TREE_PAGE})`, r.tree.samples, ms(r.tree.p50), ms(r.tree.p99), ms(r.tree.max), `${Math.round(r.tree.bytes / 1024)} KB`],
      [r.engine, `members of a ${LARGE_BODY_MEMBERS}-member body`, r.members.samples, ms(r.members.p50), ms(r.members.p99), ms(r.members.max), `${Math.round(r.members.bytes / 1024)} KB`],
      [r.engine, `search (${searchQueries.length} queries)`, r.search.samples, ms(r.search.p50), ms(r.search.p99), ms(r.search.max), ''],
    ]),
  );
  const file = await saveResults('directory', { benchmark: 'directory', at: new Date().toISOString(), machine: await machine(), scale, sizes, searchQueries, results });
  console.log(`\nRaw results: ${file}`);
}
