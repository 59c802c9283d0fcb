import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../context.js';
import { bodies, memberships } from '../../db/schema/index.js';
import { buildBody, buildMember, buildMembership, buildOrganization, buildPerson, buildUser, signIn } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { csvFile, userCtx } from '../../test/directory-transfer-kit.js';
import { callerAs } from '../../test/requests.js';
import { exportDirectory } from './directory-export.service.js';
import { runDirectoryImport } from './directory-import.service.js';

const rowsOf = (bytes: Buffer) =>
  bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

describe('vote weights and the voting rules in the directory, its import and export', () => {
  let app: TestApp;
  let admin: Ctx;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await userCtx(app);
    await buildOrganization(app, { slug: 'assembly-org', name: 'Assembly' });
  });

  it('reads and writes a membership’s vote weight through the API, refusing one out of range', async () => {
    const body = await buildBody(app, { rules: { weightedVotes: true } });
    const secretary = await buildMember(app, body, 'secretary');
    const call = callerAs(app, { secretary: (await signIn(app, secretary)).headers, outsider: (await signIn(app, await buildUser(app))).headers });
    const person = await buildPerson(app, { givenName: 'Vesna', familyName: 'Weight' });
    const url = `/api/v1/bodies/${body.id}/memberships`;
    const zero = await call('POST', url, 'secretary', { personId: person.id, role: 'member', startDate: '2026-01-01', voteWeight: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json()).toMatchObject({ field: 'voteWeight' });
    const added = await call('POST', url, 'secretary', { personId: person.id, role: 'member', startDate: '2026-01-01', voteWeight: 40 });
    expect(added.statusCode).toBe(201);
    const saved = added.json() as { membershipId: string; etag: string; voteWeight: number };
    expect(saved.voteWeight).toBe(40);
    const patchUrl = `/api/v1/memberships/${saved.membershipId}`;
    const huge = await call('PATCH', patchUrl, 'secretary', { voteWeight: 1_000_001 }, { 'if-match': saved.etag });
    expect(huge.statusCode).toBe(400);
    expect(huge.json()).toMatchObject({ field: 'voteWeight' });
    expect((await call('PATCH', patchUrl, 'outsider', { voteWeight: 2 }, { 'if-match': saved.etag })).statusCode).toBe(404);
    const edited = await call('PATCH', patchUrl, 'secretary', { voteWeight: 25 }, { 'if-match': saved.etag });
    expect(edited.json()).toMatchObject({ voteWeight: 25 });
    const members = (await call('GET', `/api/v1/bodies/${body.id}/members?on=2026-02-01`, 'secretary')).json() as {
      memberGroups: { members: { person: { id: string }; voteWeight: number }[] }[];
    };
    const vesna = members.memberGroups.flatMap((group) => group.members).find((member) => member.person.id === person.id);
    expect(vesna?.voteWeight).toBe(25);
  });

  it('imports and exports the vote weight, naming the row and column of a bad one', async () => {
    const body = await buildBody(app, { slug: 'weighted-assembly', rules: { weightedVotes: true } });
    const heavy = await buildPerson(app, { givenName: 'Hana', familyName: 'Heavy', email: 'hana@example.test' });
    await buildMembership(app, { body, person: heavy, role: 'member', startDate: '2025-01-01', voteWeight: 300 });
    const exported = await exportDirectory(admin, { dataset: 'memberships', format: 'csv', body: 'weighted-assembly' });
    const [header, row] = rowsOf(exported.bytes);
    expect(row![header!.indexOf('vote_weight')]).toBe('300');
    const again = await runDirectoryImport(admin, { dataset: 'memberships', bytes: exported.bytes, dryRun: false });
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 1, error: 0 });

    const file = csvFile([
      ['body_slug', 'email', 'given_name', 'family_name', 'role', 'vote_weight', 'start_date'],
      ['weighted-assembly', 'hana@example.test', 'Hana', 'Heavy', 'member', '120', '2025-01-01'],
      ['weighted-assembly', 'lena@example.test', 'Lena', 'Light', 'member', '', '2025-01-01'],
      ['weighted-assembly', 'zoe@example.test', 'Zoe', 'Zero', 'member', '0', '2025-01-01'],
      ['weighted-assembly', 'max@example.test', 'Max', 'Much', 'member', 'heavy', '2025-01-01'],
    ]);
    const checked = await runDirectoryImport(admin, { dataset: 'memberships', bytes: file, dryRun: false });
    expect(checked.counts).toMatchObject({ update: 1, create: 1, error: 2 });
    expect(checked.rows.filter((entry) => entry.outcome === 'error')).toEqual([
      expect.objectContaining({ row: 4, field: 'vote_weight', message: '“0”: Write a whole number from 1 to 1000000; an empty cell means 1.' }),
      expect.objectContaining({ row: 5, field: 'vote_weight', message: '“heavy”: Write a whole number from 1 to 1000000; an empty cell means 1.' }),
    ]);
    const written = await runDirectoryImport(admin, { dataset: 'memberships', bytes: csvFile(rowsOf(file.subarray(0)).slice(0, 3)), dryRun: false });
    expect(written.counts).toEqual({ create: 1, update: 1, unchanged: 0, error: 0 });
    const weights = await app.database.db.select({ weight: memberships.voteWeight }).from(memberships).where(eq(memberships.bodyId, body.id));
    expect(weights.map((entry) => entry.weight).sort((a, b) => a - b)).toEqual([1, 120]);
  });

  it('imports and exports the voting rules, keeping the rules no column carries', async () => {
    const file = csvFile([
      ['slug', 'name', 'kind', 'organization_slug', 'abstentions', 'tie_break', 'weighted_votes', 'proxy_voting', 'decision_number_format'],
      ['voting-assembly', 'Voting assembly', 'assembly', 'assembly-org', 'counted', 'chair_decides', 'true', 'yes', '{body}/{year}-{n}'],
      ['bad-abstentions', 'Bad', 'assembly', 'assembly-org', 'sometimes', '', '', '', ''],
      ['bad-format', 'Bad format', 'assembly', 'assembly-org', '', '', '', '', '{body}-{count}'],
    ]);
    const report = await runDirectoryImport(admin, { dataset: 'bodies', bytes: file, dryRun: true });
    expect(report.rows.filter((entry) => entry.outcome === 'error')).toEqual([
      expect.objectContaining({ row: 3, field: 'abstentions' }),
      expect.objectContaining({ row: 4, field: 'decision_number_format' }),
    ]);
    const good = await runDirectoryImport(admin, { dataset: 'bodies', bytes: csvFile(rowsOf(file).slice(0, 2)), dryRun: false });
    expect(good.counts).toMatchObject({ create: 1, error: 0 });
    const [created] = await app.database.db.select().from(bodies).where(eq(bodies.slug, 'voting-assembly'));
    expect(created!.rules).toEqual({ abstentions: 'counted', tieBreak: 'chair_decides', weightedVotes: true, proxyVoting: true, decisionNumberFormat: '{body}/{year}-{n}' });

    await app.database.db
      .update(bodies)
      .set({ rules: { ...(created!.rules as object), language: 'sl', reminderHours: [48] } })
      .where(eq(bodies.id, created!.id));
    const quorumOnly = csvFile([
      ['slug', 'name', 'kind', 'organization_slug', 'is_public', 'quorum_rule', 'proxy_voting'],
      ['voting-assembly', 'Voting assembly', 'assembly', 'assembly-org', 'false', 'none', 'false'],
    ]);
    const quorumReport = await runDirectoryImport(admin, { dataset: 'bodies', bytes: quorumOnly, dryRun: false });
    expect(quorumReport.rows).toEqual([expect.objectContaining({ outcome: 'update' })]);
    const [updated] = await app.database.db.select().from(bodies).where(eq(bodies.id, created!.id));
    expect(updated!.rules).toMatchObject({ quorumRule: 'none', proxyVoting: false, weightedVotes: true, language: 'sl', reminderHours: [48] });

    const exported = await exportDirectory(admin, { dataset: 'bodies', format: 'csv' });
    const [header, ...rows] = rowsOf(exported.bytes);
    const row = rows.find((cells) => cells[0] === 'voting-assembly')!;
    const at = (column: string) => row[header!.indexOf(column)];
    expect([at('abstentions'), at('tie_break'), at('weighted_votes'), at('proxy_voting'), at('decision_number_format')]).toEqual([
      'counted',
      'chair_decides',
      'true',
      'false',
      '{body}/{year}-{n}',
    ]);
    const roundTrip = await runDirectoryImport(admin, { dataset: 'bodies', bytes: exported.bytes, dryRun: true });
    expect(roundTrip.counts).toMatchObject({ update: 0, error: 0 });
  });
});
