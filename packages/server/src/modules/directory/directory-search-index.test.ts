import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { persons as personsTable } from '../../db/schema/index.js';
import { foldText } from '../../lib/fold-text.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildOrganization, buildPerson, buildUser, signIn, type Session } from '../../test/factories.js';
import { searchMatches } from './directory.search.js';

// Search reads stored, folded search columns with trigram indexes (migrations 0005–0006), so a directory of
// tens of thousands of people is searched without folding every row per query (bench: directory).
describe('directory search columns', () => {
  let app: TestApp;
  let staff: Session;

  beforeAll(async () => {
    app = await createTestApp();
    staff = await signIn(app, await buildUser(app, { role: 'staff' }));
    const organization = await buildOrganization(app, { name: 'Občina Škofja Loka', kind: 'municipality' });
    await buildBody(app, { organization, name: 'Delovna skupina za e-upravo', isPublic: true });
    await buildPerson(app, { givenName: 'Ana', familyName: 'Čučković' });
    await buildPerson(app, { givenName: 'Ελένη', familyName: 'Παπαδοπούλου' });
  });

  const persons = async (q: string) => {
    const response = await app.server.inject({ url: `/api/v1/persons?q=${encodeURIComponent(q)}`, headers: staff.headers });
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: { familyName: string }[] }).items.map((p) => p.familyName);
  };

  it('stores names folded exactly as the query is folded', async () => {
    const rows = await app.database.query<{ search_text: string }>(`select search_text from persons order by search_text`);
    expect(rows.map((r) => r.search_text)).toEqual([foldText('Ana Čučković'), foldText('Ελένη Παπαδοπούλου')]);
    const [body] = await app.database.query<{ search_text: string }>(`select search_text from bodies`);
    expect(body?.search_text.startsWith('delovna skupina za e-upravo\n')).toBe(true);
  });

  it('finds people by either name or by the full name, ignoring case and accents', async () => {
    expect(await persons('cuckovic')).toEqual(['Čučković']);
    expect(await persons('ANA ČUČ')).toEqual(['Čučković']);
    expect(await persons('ελενη παπα')).toEqual(['Παπαδοπούλου']);
    expect(await persons('čučković ana')).toEqual([]);
  });

  it('lets the planner use the trigram index', async () => {
    const plan = await app.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const result = (await tx.execute(
        sql`explain select id from persons where ${searchMatches(personsTable.searchText, 'Čučković')}`,
      )) as unknown as { rows: { 'QUERY PLAN': string }[] };
      return result.rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('persons_search_idx');
  });
});
