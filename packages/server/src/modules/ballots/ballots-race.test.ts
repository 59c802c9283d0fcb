import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Poll } from '@collegium/shared/contracts/polls';
import { pollBallots, pollParticipations } from '../../db/schema/index.js';
import type { TestApp } from '../../test/harness.js';
import { pollsFixture, type Voter } from '../../test/polls-fixture.js';
import { callerAs } from '../../test/requests.js';
import { twoInstances } from '../../test/two-instances.js';

const newReceipt = () => randomBytes(32).toString('base64url');
const forOf = (poll: Poll) => poll.options.find((option) => option.role === 'for')!.id;

describe('ballots: one seat voting on two server instances at once', () => {
  let first: TestApp;
  let fx: Awaited<ReturnType<typeof pollsFixture>>;
  let onSecond: ReturnType<typeof callerAs<Voter>>;

  beforeAll(async () => {
    const instances = await twoInstances();
    first = instances.first;
    fx = await pollsFixture(first);
    onSecond = callerAs(instances.second, fx.headers);
  });

  it('counts a secret ballot once when the same voter casts on both instances with two receipts', async () => {
    for (let round = 0; round < 6; round++) {
      const draft = await fx.create({ agendaItemId: fx.items.personnel, title: `Appointment ${round}`, method: 'secret', appliesOutcome: false });
      const opened = await fx.open(draft.id);
      const voters: Voter[] = ['ana', 'bor', 'chair'];
      const answers = await Promise.all(
        voters.flatMap((who) =>
          [fx.call, onSecond].map((call) =>
            call('POST', `/api/v1/polls/${draft.id}/votes`, who, { optionId: forOf(opened), receipt: newReceipt() }, { 'idempotency-key': randomUUID() }),
          ),
        ),
      );
      const codes = answers.map((answer) => answer.statusCode);
      for (let v = 0; v < voters.length; v++) expect(codes.slice(v * 2, v * 2 + 2).sort(), voters[v]).toEqual([200, 409]);
      for (const refused of answers.filter((answer) => answer.statusCode === 409)) expect(refused.json().detail).toMatch(/already voted/);

      const db = first.deps.database.db;
      expect(await db.select().from(pollBallots).where(eq(pollBallots.pollId, draft.id))).toHaveLength(voters.length);
      expect(await db.select().from(pollParticipations).where(eq(pollParticipations.pollId, draft.id))).toHaveLength(voters.length);
      const closed = await fx.close(draft.id);
      expect(closed.result!.counts.find((count) => count.optionId === forOf(opened))).toMatchObject({ votes: voters.length });
    }
  });
});
