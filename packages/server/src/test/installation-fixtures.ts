import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { bodies, files, jobs, memberships, organizations, persons, settings } from '../db/schema/index.js';
import type { FileStore } from '../files/store.js';
import { listTables, quoteIdent, rowsOf } from '../ops/catalog.js';
import { buildUser } from './factories.js';
import type { TestApp } from './harness.js';

/**
 * Fills an installation with data that exercises backup and restore: a parent organisation whose id sorts
 * after its child's (so rows in key order break the self-reference), JSON null next to SQL NULL,
 * microsecond timestamps, non-Latin text, audit events, a job, and files larger than one backup chunk.
 */
export async function populateInstallation(app: TestApp): Promise<void> {
  const admin = await buildUser(app, { role: 'administrator', displayName: 'Ана Петровић' });
  await buildUser(app, { displayName: 'Ξανθή Παπαδοπούλου' });
  const { db } = app.database;
  const parent = 'ffffffff-0000-4000-8000-000000000001';
  const child = '00000000-0000-4000-8000-000000000002';
  await db.insert(organizations).values([
    { id: parent, kind: 'ministry', name: 'Ministrstvo za digitalno preobrazbo', slug: 'mdp' },
    { id: child, parentId: parent, kind: 'directorate', name: 'Direktorat za informatiko', slug: 'di', address: 'Tržaška 21\nLjubljana' },
  ]);
  const [council] = await db
    .insert(bodies)
    .values({ organizationId: parent, kind: 'council', name: 'IT Council', slug: 'it-council', rules: { quorum: 'majority', substitutes: true } })
    .returning();
  await db.insert(bodies).values({ organizationId: child, parentId: council!.id, kind: 'working_group', name: 'WG 1', slug: 'wg-1' });
  const [person] = await db
    .insert(persons)
    .values({ userId: admin.id, organizationId: child, givenName: 'Ана', familyName: 'Петровић' })
    .returning();
  await db.insert(memberships).values({ organizationId: parent, bodyId: council!.id, personId: person!.id, role: 'chair', startDate: '2026-01-01' });
  await db.insert(settings).values([
    { key: 'json-null', value: sql`'null'::jsonb` },
    { key: 'text', value: 'plain "quoted" text' },
    { key: 'nested', value: { list: [1, 2.5, null, 'x'], deep: { ok: true } } },
  ]);
  await db.execute(sql`update settings set updated_at = '2026-03-04T05:06:07.123456Z' where key = 'text'`);
  await db.insert(jobs).values({ name: 'mail.send', payload: { to: 'someone@example.test', subject: 'Živjo' } });

  for (const content of [Buffer.from('Kratka datoteka — short file\n'), Buffer.from('Ђ line of text\n'.repeat(70_000))]) {
    const stored = await app.deps.files.put(content, { declaredType: 'text/plain' });
    await db.insert(files).values(stored).onConflictDoNothing();
  }
}

/** Every stored row of every table, as text that tells JSON null from SQL NULL, in key order. */
export async function snapshotTables(database: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await listTables(database.db)) {
    const select = table.columns
      .map((c) => (c.isJson ? `${quoteIdent(c.name)}::text as ${quoteIdent(c.name)}` : quoteIdent(c.name)))
      .join(', ');
    const orderBy = table.primaryKey.length > 0 ? `order by ${table.primaryKey.map(quoteIdent).join(', ')}` : '';
    const rows = await rowsOf<{ line: string }>(
      database.db,
      sql.raw(`select row_to_json(r)::text as line from (select ${select} from public.${quoteIdent(table.name)} ${orderBy}) r`),
    );
    out[table.name] = rows.map((r) => r.line);
  }
  return out;
}

/** Every stored file, address → content. */
export async function snapshotFiles(store: FileStore): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for await (const sha256 of store.list()) {
    const chunks: Buffer[] = [];
    for await (const chunk of (await store.open(sha256)) as AsyncIterable<Buffer>) chunks.push(chunk);
    out.set(sha256, Buffer.concat(chunks));
  }
  return out;
}
