import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { transferDatasets, transferFormats } from '@collegium/shared/contracts/directory-transfer';
import type { Ctx } from '../../context.js';
import { auditEvents, bodies, memberships, organizations, persons, representationSlots } from '../../db/schema/index.js';
import { buildBody, buildMembership, buildOrganization, buildPerson } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { csvFile, directoryCounts, userCtx } from '../../test/directory-transfer-kit.js';
import { exportDirectory } from './directory-export.service.js';
import { runDirectoryImport } from './directory-import.service.js';

describe('directory import and export', () => {
  let app: TestApp;
  let admin: Ctx;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await userCtx(app);
    const ministry = await buildOrganization(app, { slug: 'ministry-of-tests', name: 'Ministry of Tests', phone: '+386 1 000 0000' });
    const office = await buildOrganization(app, { slug: 'tests-office', name: '=HYPERLINK("http://evil.example")', parentId: ministry.id, kind: 'government_office' });
    const council = await buildBody(app, { organization: ministry, slug: 'test-council', isPublic: true, description: '<p>Tasks <strong>here</strong></p>' });
    const group = await buildBody(app, {
      organization: ministry,
      slug: 'test-group',
      parentId: council.id,
      rules: { quorumRule: 'one_third_of_members', majorityRule: 'two_thirds', substitutesMayVote: true, materialsDeadlineDays: 7, timeZone: 'Europe/Ljubljana' },
    });
    const ana = await buildPerson(app, { givenName: 'Ana', familyName: 'Novak', email: 'ana@example.test', phone: '+386 40 111 222' });
    const bor = await buildPerson(app, { givenName: 'Bor', familyName: 'Kos', email: null, phone: null, title: 'dr.' });
    const [slot] = await app.database.db
      .insert(representationSlots)
      .values({ bodyId: council.id, key: 'general', label: 'General administration', position: 1 })
      .returning();
    await buildMembership(app, { body: council, person: ana, role: 'chair', representsId: office.id, slotId: slot!.id, startDate: '2024-01-01', substituteId: bor.id });
    await buildMembership(app, { body: group, person: bor, role: 'member', votingRight: false, startDate: '2023-05-01', endDate: '2025-04-30' });
    await buildMembership(app, { body: group, person: ana, role: 'member', startDate: '2025-01-01' });
  });

  for (const format of transferFormats) {
    for (const dataset of transferDatasets) {
      it(`round-trips ${dataset} as ${format}: re-importing the export changes nothing`, async () => {
        const exported = await exportDirectory(admin, { dataset, format, delimiter: ';' });
        expect(exported.rows).toBeGreaterThan(0);
        const before = await directoryCounts(app);
        const result = await runDirectoryImport(admin, { dataset, bytes: exported.bytes, dryRun: false });
        expect(result.counts).toEqual({ create: 0, update: 0, unchanged: exported.rows, error: 0 });
        expect(result.format).toBe(format);
        // only the import's own audit event is written
        expect(await directoryCounts(app)).toEqual({ ...before, audit: before.audit + 1 });
      });
    }
  }

  it('escapes formula-like cells in CSV with an apostrophe and reads them back unchanged', async () => {
    const exported = await exportDirectory(admin, { dataset: 'organizations', format: 'csv' });
    const text = exported.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain("'+386 1 000 0000");
    const result = await runDirectoryImport(admin, { dataset: 'organizations', bytes: exported.bytes, dryRun: true });
    expect(result.counts.unchanged).toBe(exported.rows);
  });

  it('reads CSV with a BOM and ";" delimiters, creates and updates, and a dry run writes nothing', async () => {
    const file = csvFile(
      [
        ['slug', 'name', 'kind', 'parent_slug', 'address'],
        ['child-town', 'Child Town', 'municipality', 'new-region', 'Trg 1; Kranj'],
        ['new-region', 'New Region', 'region', '', ''],
        ['ministry-of-tests', 'Ministry of Testing', 'ministry', '', ''],
      ].map((row) => row.map((cell) => (cell.includes(';') ? `"${cell}"` : cell))),
      ';',
      true,
    );
    const before = await directoryCounts(app);
    const dry = await runDirectoryImport(admin, { dataset: 'organizations', bytes: file, dryRun: true });
    expect(dry.rows.map((r) => [r.row, r.outcome, r.key])).toEqual([
      [2, 'create', 'child-town'],
      [3, 'create', 'new-region'],
      [4, 'update', 'ministry-of-tests'],
    ]);
    expect(dry.applied).toBe(false);
    expect(await directoryCounts(app)).toEqual(before);

    const real = await runDirectoryImport(admin, { dataset: 'organizations', bytes: file, dryRun: false });
    expect(real.applied).toBe(true);
    const [child] = await app.database.db.select().from(organizations).where(eq(organizations.slug, 'child-town'));
    expect(child).toMatchObject({ name: 'Child Town', address: 'Trg 1; Kranj' });
    const audit = await app.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'directory.import'));
    expect(audit.at(-1)?.summary).toMatchObject({ dataset: 'organizations', counts: { create: 2, update: 1 } });

    const again = await runDirectoryImport(admin, { dataset: 'organizations', bytes: file, dryRun: false });
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 3, error: 0 });
  });

  it('names the row and column of an unknown organisation, and writes none of the file', async () => {
    const file = csvFile([
      ['slug', 'name', 'kind', 'organization_slug', 'is_public'],
      ['fine-body', 'Fine Body', 'team', 'ministry-of-tests', 'true'],
      ['lost-body', 'Lost Body', 'team', 'no-such-organisation', 'false'],
      ['bad-kind', 'Bad Kind', 'party', 'ministry-of-tests', 'maybe'],
    ]);
    const before = await directoryCounts(app);
    const result = await runDirectoryImport(admin, { dataset: 'bodies', bytes: file, dryRun: false });
    expect(result.applied).toBe(false);
    expect(result.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 2 });
    expect(result.rows.filter((r) => r.outcome === 'error')).toEqual([
      { row: 3, outcome: 'error', key: 'lost-body', field: 'organization_slug', message: 'There is no organisation with the slug “no-such-organisation”.' },
      { row: 4, outcome: 'error', key: 'bad-kind', field: 'is_public', message: '“maybe”: Write true or false.' },
    ]);
    expect(await directoryCounts(app)).toEqual(before);
    expect(await app.database.db.select().from(bodies).where(eq(bodies.slug, 'fine-body'))).toEqual([]);
  });

  it('checks memberships with the directory rules: dates, unknown people and duplicates in the file', async () => {
    const header = ['body_slug', 'email', 'given_name', 'family_name', 'role', 'start_date', 'end_date', 'substitute', 'slot_key'];
    const file = csvFile([
      header,
      ['test-council', 'new.person@example.test', 'Nova', 'Oseba', 'member', '2025-02-01', '', 'ana@example.test', ''],
      ['test-council', 'new.person@example.test', 'Nova', 'Oseba', 'observer', '2025-02-01', '2025-01-01', '', ''],
      ['test-council', 'ana@example.test', 'Ana', 'Novak', 'member', '2025-03-01', '', 'nobody@example.test', ''],
      ['test-council', 'ana@example.test', 'Ana', 'Novak', 'observer', '2025-03-01', '', '', 'no-such-slot'],
      ['test-council', 'ana@example.test', 'Ana', 'Novak', 'chair', '2024-06-01', '', '', ''],
      ['test-group', '', 'Bor', 'Kos', 'member', '2023-05-01', '2025-04-30', '', ''],
    ]);
    const result = await runDirectoryImport(admin, { dataset: 'memberships', bytes: file, dryRun: true });
    expect(result.rows.map((r) => [r.row, r.outcome, r.field])).toEqual([
      [2, 'create', undefined],
      [3, 'error', 'end_date'],
      [4, 'error', 'substitute'],
      [5, 'error', 'slot_key'],
      [6, 'error', 'role'],
      [7, 'unchanged', undefined],
    ]);
    expect(await app.database.db.select().from(persons).where(eq(persons.email, 'new.person@example.test'))).toEqual([]);
  });

  it('changes again, later in the same file, a person and a membership it has just added', async () => {
    const file = csvFile([
      ['body_slug', 'email', 'given_name', 'family_name', 'phone', 'role', 'start_date', 'end_date'],
      ['test-group', 'twice@example.test', 'Tina', 'Dvakrat', '01 111', 'observer', '2025-06-01', ''],
      ['test-group', 'twice@example.test', 'Tina', 'Dvakrat', '01 222', 'observer', '2025-06-01', '2025-12-31'],
    ]);
    const result = await runDirectoryImport(admin, { dataset: 'memberships', bytes: file, dryRun: false });
    expect(result.rows.map((r) => r.outcome)).toEqual(['create', 'update']);
    const [tina] = await app.database.db.select().from(persons).where(eq(persons.email, 'twice@example.test'));
    expect(tina?.phone).toBe('01 222');
    const [membership] = await app.database.db.select().from(memberships).where(eq(memberships.personId, tina!.id));
    expect(membership?.endDate).toBe('2025-12-31');
  });

  it('refuses a file with an unknown column, naming it', async () => {
    const file = csvFile([['slug', 'name', 'kind', 'emial'], ['x-y', 'X', 'ministry', 'a@b.c']]);
    await expect(runDirectoryImport(admin, { dataset: 'organizations', bytes: file, dryRun: true })).rejects.toMatchObject({
      status: 400,
      details: { field: 'file' },
      message: expect.stringContaining('“emial”'),
    });
  });
});
