import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { exportCommand, importCommand } from './directory-transfer.js';

describe('collegium import and export', () => {
  let app: TestApp;
  let dir: string;

  beforeAll(async () => {
    app = await createTestApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'collegium-cli-transfer-'));
    await buildOrganization(app, { slug: 'cli-ministry', name: 'CLI Ministry' });
  });

  it('exports to a file that imports back unchanged, with progress and a report', async () => {
    const out = path.join(dir, 'organizations.xlsx');
    const exported = await exportCommand(app.deps, { dataset: 'organizations', format: 'xlsx', delimiter: undefined, out });
    expect(exported).toMatchObject({ code: 0, out: [expect.stringMatching(/^Wrote 1 organizations rows to .*organizations\.xlsx\.$/)] });
    const progress: [string, number, number][] = [];
    const imported = await importCommand(app.deps, { dataset: 'organizations', file: out, dryRun: false }, (...args) => progress.push(args));
    expect(imported.code).toBe(0);
    expect(imported.out).toEqual(['1 rows: 0 to create, 0 to update, 1 unchanged, 0 with errors.', `Imported ${out}.`]);
    expect(progress.at(-1)).toEqual(['rows', 1, 1]);
  });

  it('dry-runs a CSV with ";" and lists the rows it would change', async () => {
    const file = path.join(dir, 'new.csv');
    await writeFile(file, '\uFEFFslug;name;kind\r\ncli-town;CLI Town;municipality\r\n');
    const result = await importCommand(app.deps, { dataset: 'organizations', file, dryRun: true });
    expect(result.code).toBe(0);
    expect(result.out).toEqual(['  row 2\tcreate\tcli-town', '1 rows: 1 to create, 0 to update, 0 unchanged, 0 with errors.', 'Dry run: nothing was written.']);
  });

  it('exits 1 naming the row and column of an error, and 2 on a usage mistake', async () => {
    const file = path.join(dir, 'bad.csv');
    await writeFile(file, 'slug,name,kind,organization_slug\r\nlost,Lost,team,nowhere\r\n');
    const result = await importCommand(app.deps, { dataset: 'bodies', file, dryRun: false });
    expect(result.code).toBe(1);
    expect(result.out[0]).toBe('  row 2\terror\tlost\torganization_slug: There is no organisation with the slug “nowhere”.');
    expect(result.out.at(-1)).toBe('Nothing was imported: correct the rows with errors and run again.');
    expect((await importCommand(app.deps, { dataset: 'people', file, dryRun: false })).code).toBe(2);
    const csv = await exportCommand(app.deps, { dataset: 'organizations', format: undefined, delimiter: ';', out: undefined });
    expect(csv.bytes?.toString('utf8')).toContain('slug;name;short_name');
    expect(await readFile(file, 'utf8')).toContain('nowhere');
  });
});
