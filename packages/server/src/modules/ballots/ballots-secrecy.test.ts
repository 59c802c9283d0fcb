import { randomBytes, randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Poll } from '@collegium/shared/contracts/polls';
import { persons } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { pollsFixture, type Voter } from '../../test/polls-fixture.js';
import { receiptHash } from './ballots.cast.js';

const optionOf = (p: Poll, role: string) => p.options.find((option) => option.role === role)!.id;

/**
 * A secret poll must leave nothing that links a voter to a choice: no row of any table and no log line
 * holds both a voter's id (person or account) and a choice (an option id, a receipt or its hash).
 */
describe('ballots: a secret poll links no voter to a choice', () => {
  let app: TestApp;
  const logLines: string[] = [];
  let fx: Awaited<ReturnType<typeof pollsFixture>>;
  const voters = ['chair', 'ana', 'bor', 'sam'] as const satisfies readonly Voter[];
  const choices: string[] = [];
  let voterIds: string[] = [];

  beforeAll(async () => {
    app = await createTestApp({ logger: { level: 'trace', stream: { write: (line: string) => logLines.push(line) } } });
    fx = await pollsFixture(app);
    const draft = await fx.create({ agendaItemId: fx.items.personnel, title: 'Appointment of the director', method: 'secret' });
    const opened = await fx.open(draft.id);
    logLines.length = 0;
    const picks = ['for', 'against', 'for', 'abstain'];
    for (const [index, who] of voters.entries()) {
      const receipt = randomBytes(32).toString('base64url');
      const optionId = optionOf(opened, picks[index]!);
      choices.push(optionId, receipt, receiptHash(receipt));
      const response = await fx.call('POST', `/api/v1/polls/${draft.id}/votes`, who, { optionId, receipt }, { 'idempotency-key': randomUUID() });
      expect(response.statusCode).toBe(200);
      if (who === 'bor') {
        const change = await fx.call('POST', `/api/v1/polls/${draft.id}/votes`, who, { optionId: optionOf(opened, 'against'), receipt }, { 'idempotency-key': randomUUID() });
        expect(change.json()).toMatchObject({ changed: true });
      }
    }
    await fx.close(draft.id);
    const people = await app.database.db.select({ id: persons.id, userId: persons.userId }).from(persons).where(inArray(persons.id, voters.map((who) => fx.people[who])));
    voterIds = people.flatMap((person) => [person.id, person.userId!]);
    expect(voterIds).toHaveLength(8);
  });

  it('has no row in any table that holds both a voter and a choice', async () => {
    const tables = await app.database.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    expect(tables.map((table) => table.table_name)).toEqual(expect.arrayContaining(['poll_ballots', 'poll_participations', 'poll_casts', 'audit_events']));
    const offending: string[] = [];
    for (const { table_name: table } of tables) {
      const rows = await app.database.query<{ row: string }>(`select row_to_json(t)::text as row from "${table}" t`);
      for (const { row } of rows) {
        if (voterIds.some((id) => row.includes(id)) && choices.some((choice) => row.includes(choice))) offending.push(`${table}: ${row}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('has no log line that holds both a voter and a choice', () => {
    expect(logLines.length).toBeGreaterThan(0);
    const offending = logLines.filter((line) => voterIds.some((id) => line.includes(id)) && choices.some((choice) => line.includes(choice)));
    expect(offending).toEqual([]);
  });

  it('still knows who voted, and counts every ballot', async () => {
    const [poll] = (await fx.call('GET', `/api/v1/sessions/${fx.sessionId}/polls`, 'secretary')).json().items as Poll[];
    expect(poll).toMatchObject({ voted: 4, status: 'closed' });
    expect(poll!.result!.counts.reduce((sum, count) => sum + count.voters, 0)).toBe(4);
    const [person] = await app.database.db.select().from(persons).where(eq(persons.id, fx.people.ana));
    expect(person).toBeDefined();
  });
});
