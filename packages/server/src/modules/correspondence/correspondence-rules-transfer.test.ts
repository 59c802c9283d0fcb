import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../context.js';
import { bodies } from '../../db/schema/index.js';
import { buildOrganization } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { csvFile, userCtx } from '../../test/directory-transfer-kit.js';
import { exportDirectory } from '../directory-transfer/directory-export.service.js';
import { runDirectoryImport } from '../directory-transfer/directory-import.service.js';

describe('the correspondence rules in the directory’s import and export', () => {
  let app: TestApp;
  let admin: Ctx;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await userCtx(app);
    await buildOrganization(app, { slug: 'letters-org', name: 'Letters' });
  });

  it('imports the window and threshold, refuses a closed window naming its row, and exports them back', async () => {
    const header = ['slug', 'name', 'kind', 'organization_slug', 'correspondence_min_hours', 'correspondence_max_hours', 'withdrawal_request_threshold'];
    const file = csvFile([
      header,
      ['letters-group', 'Letters group', 'working_group', 'letters-org', '6', '48', '2'],
      ['closed-window', 'Closed window', 'working_group', 'letters-org', '50', '48', ''],
    ]);
    const report = await runDirectoryImport(admin, { dataset: 'bodies', bytes: file, dryRun: true });
    expect(report.rows.filter((entry) => entry.outcome === 'error')).toEqual([expect.objectContaining({ row: 3, field: 'correspondence_min_hours' })]);
    const good = await runDirectoryImport(admin, { dataset: 'bodies', bytes: csvFile([header, ['letters-group', 'Letters group', 'working_group', 'letters-org', '6', '48', '2']]), dryRun: false });
    expect(good.counts).toMatchObject({ create: 1, error: 0 });
    const [created] = await app.database.db.select().from(bodies).where(eq(bodies.slug, 'letters-group'));
    expect(created!.rules).toMatchObject({ correspondenceMinHours: 6, correspondenceMaxHours: 48, withdrawalRequestThreshold: 2 });

    const exported = await exportDirectory(admin, { dataset: 'bodies', format: 'csv' });
    const [head, ...rows] = exported.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(','));
    const row = rows.find((cells) => cells[0] === 'letters-group')!;
    expect(['correspondence_min_hours', 'correspondence_max_hours', 'withdrawal_request_threshold'].map((column) => row[head!.indexOf(column)])).toEqual(['6', '48', '2']);
    const roundTrip = await runDirectoryImport(admin, { dataset: 'bodies', bytes: exported.bytes, dryRun: true });
    expect(roundTrip.counts).toMatchObject({ update: 0, error: 0 });
  });
});
