import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AgendaItemKind } from '@collegium/shared/contracts/sessions';
import type { Poll, PollMethod } from '@collegium/shared/contracts/polls';
import { inTransaction, systemCtx, type Deps } from '../context.js';
import { agendaItems, bodies, polls, sessionAttendance, sessions } from '../db/schema/index.js';
import { recordAudit } from '../lib/audit.js';
import { createRoster } from '../modules/attendance/attendance.lifecycle.js';
import { castVote } from '../modules/ballots/ballots.cast.js';
import { adoptAgenda } from '../modules/meeting/meeting.agenda.service.js';
import { recordOutcome } from '../modules/meeting/meeting.items.service.js';
import { annulPoll } from '../modules/polls/polls.annul.js';
import { closePoll, openPoll } from '../modules/polls/polls.flow.js';
import { recordHandVotes } from '../modules/polls/polls.hands.js';
import { createPoll } from '../modules/polls/polls.service.js';
import { changeSessionStatus } from '../modules/sessions/session-status.service.js';
import { takeSessionNumber } from '../modules/sessions/sessions.service.js';
import { dayAt, demoVoters, minutesAfter, systemAt, type DemoVoter } from './demo-clock.js';

type Choice = 'for' | 'against' | 'abstain';
interface DemoVote {
  method: PollMethod;
  /** the voters' choices, by e-mail; a voter without an account is left out of a vote cast on devices */
  choices: Record<string, Choice>;
  /** annulled with this reason and voted again with `repeatChoices` */
  annulled?: { reason: string; repeatChoices: Record<string, Choice> };
}
interface DemoVotedItem {
  kind: AgendaItemKind;
  title: string;
  resolution?: string;
  vote?: DemoVote;
}

const mail = (name: string, domain: string) => `${name}@${domain}.gov.example`;
const [mojca, andrej, petra, gregor, simona, rok] = [
  mail('mojca.zupanec', 'mdu'),
  mail('andrej.pavlin', 'mnj'),
  mail('petra.golob', 'mfp'),
  mail('gregor.kranjc', 'mnj'),
  mail('simona.jeric', 'mzs'),
  mail('rok.hribar', 'usr'),
];
const all = (choice: Choice, over: Record<string, Choice> = {}) =>
  Object.fromEntries([mojca, andrej, petra, gregor, simona, rok].map((email) => [email, over[email] ?? choice]));

/** An extraordinary council session two weeks ago in which every kind of vote was taken. */
export const votingSessionItems: DemoVotedItem[] = [
  { kind: 'information', title: 'Potrditev dnevnega reda' },
  {
    kind: 'decision',
    title: 'Pravilnik o uporabi oblačnih storitev v državni upravi',
    resolution: '<p>Svet za informatiko sprejme Pravilnik o uporabi oblačnih storitev v državni upravi.</p>',
    vote: { method: 'named', choices: all('for', { [rok]: 'against', [petra]: 'abstain' }) },
  },
  {
    kind: 'decision',
    title: 'Imenovanje vodje Delovne skupine za skupno infrastrukturo',
    resolution: '<p>Za vodjo Delovne skupine za skupno infrastrukturo se imenuje Gregor Kranjc.</p>',
    vote: { method: 'secret', choices: all('for', { [simona]: 'against', [gregor]: 'abstain' }) },
  },
  {
    kind: 'decision',
    title: 'Sofinanciranje skupne rešitve e-Občina',
    resolution: '<p>Svet za informatiko podpira sofinanciranje skupne rešitve e-Občina v letu 2027.</p>',
    vote: {
      method: 'named',
      choices: all('for'),
      annulled: { reason: 'Glasovalna naprava enega od članov ni delovala; glasovanje se ponovi.', repeatChoices: all('for', { [rok]: 'abstain' }) },
    },
  },
  {
    kind: 'decision',
    title: 'Nakup licenc za videokonference',
    resolution: '<p>Svet za informatiko odobri skupni nakup licenc za videokonference.</p>',
    vote: { method: 'hands_named', choices: all('for', { [andrej]: 'against' }) },
  },
  {
    kind: 'decision',
    title: 'Prenova spletišča sveta',
    resolution: '<p>Svet za informatiko naroči prenovo svojega spletišča.</p>',
    vote: { method: 'named', choices: all('against', { [mojca]: 'for', [petra]: 'for' }) },
  },
];

/**
 * Loads the council's extraordinary session with its votes, once (nothing to do when the council has any
 * poll): started, attendance taken, the agenda adopted, then a named vote cast on devices, a secret ballot,
 * a named vote annulled and repeated, a named show of hands and a rejected proposal, each through the
 * polls and ballots services at its moment two weeks ago, and the session closed. Adopted items become
 * decisions on the way, as in a real meeting.
 */
export async function seedDemoVoting(deps: Deps, say: (message: string) => void): Promise<void> {
  const ctx = systemCtx(deps, 'demo');
  const [body] = await ctx.db.select().from(bodies).where(eq(bodies.slug, 'svet-za-informatiko'));
  if (!body) return;
  const [voted] = await ctx.db.select({ id: polls.id }).from(polls).innerJoin(sessions, eq(sessions.id, polls.sessionId)).where(eq(sessions.bodyId, body.id)).limit(1);
  if (voted) return;
  const start = dayAt(deps.clock.now(), -14, 8);
  const voters = await demoVoters(deps, [mojca, andrej, petra, gregor, simona, rok]);

  const { session, itemIds } = await inTransaction(systemAt(deps, minutesAfter(start, -7 * 24 * 60)), async (tx) => {
    const [session] = await tx.db
      .insert(sessions)
      .values({
        bodyId: body.id,
        kind: 'extraordinary',
        number: await takeSessionNumber(tx, body.id, 'extraordinary'),
        title: 'Odločitve o skupnih rešitvah',
        status: 'in_progress',
        startsAt: start,
        endsAt: minutesAfter(start, 120),
        timeZone: (body.rules as { timeZone?: string }).timeZone ?? deps.config.timeZone,
        place: 'Velika sejna soba MDU',
        convenedAt: minutesAfter(start, -7 * 24 * 60),
        startedAt: start,
      })
      .returning();
    const ids: string[] = [];
    for (const [position, item] of votingSessionItems.entries()) {
      const [row] = await tx.db
        .insert(agendaItems)
        .values({ sessionId: session!.id, position, kind: item.kind, title: item.title, proposedResolution: item.resolution ?? null })
        .returning({ id: agendaItems.id });
      ids.push(row!.id);
    }
    await recordAudit(tx, { action: 'session.create', entityType: 'session', entityId: session!.id, organizationId: body.organizationId, summary: { after: { kind: 'extraordinary', status: 'in_progress' } } });
    return { session: session!, itemIds: ids };
  });
  const sessionId = session.id;
  await inTransaction(systemAt(deps, start), async (tx) => {
    await createRoster(tx, { session, body });
    await tx.db.update(sessionAttendance).set({ status: 'present', arrivedAt: start, updatedAt: start }).where(eq(sessionAttendance.sessionId, sessionId));
  });

  await adoptAgenda(systemAt(deps, minutesAfter(start, 5)), sessionId);
  await recordOutcome(systemAt(deps, minutesAfter(start, 8)), sessionId, itemIds[0]!, { outcome: 'noted' });
  let minute = 10;
  for (const [index, item] of votingSessionItems.entries()) {
    if (!item.vote) continue;
    const poll = await takeVote(deps, voters, sessionId, itemIds[index]!, item.title, item.vote.method, item.vote.choices, minutesAfter(start, minute));
    if (item.vote.annulled) {
      const { repeat } = await annulPoll(systemAt(deps, minutesAfter(start, minute + 6)), poll.id, { reason: item.vote.annulled.reason, repeat: true });
      await runPoll(deps, voters, repeat!, item.vote.annulled.repeatChoices, minutesAfter(start, minute + 8));
      minute += 8;
    }
    minute += 15;
  }
  await changeSessionStatus(systemAt(deps, minutesAfter(start, minute + 10)), sessionId, { to: 'closed' });
  say('Loaded the council’s extraordinary session with its votes: named, secret, annulled and repeated, a show of hands.');
}

async function takeVote(
  deps: Deps,
  voters: Map<string, DemoVoter>,
  sessionId: string,
  agendaItemId: string,
  title: string,
  method: PollMethod,
  choices: Record<string, Choice>,
  at: Date,
): Promise<Poll> {
  const draft = await createPoll(systemAt(deps, at), sessionId, { agendaItemId, title, method });
  return runPoll(deps, voters, draft, choices, minutesAfter(at, 1));
}

/** Opens a drafted poll, has each voter vote (on their device, or counted by hand) and closes it. */
async function runPoll(deps: Deps, voters: Map<string, DemoVoter>, draft: Poll, choices: Record<string, Choice>, at: Date): Promise<Poll> {
  const poll = await openPoll(systemAt(deps, at), draft.id);
  const optionOf = (choice: Choice) => poll.options.find((option) => option.role === choice)!.id;
  const ballots = Object.entries(choices).flatMap(([email, choice]) => {
    const voter = voters.get(email);
    return voter ? [{ voter, optionId: optionOf(choice) }] : [];
  });
  if (poll.method === 'hands_named') {
    const votes = ballots.map(({ voter, optionId }) => ({ personId: voter.personId, optionId }));
    await recordHandVotes(systemAt(deps, minutesAfter(at, 2)), poll.id, { votes });
  } else {
    for (const [index, { voter, optionId }] of ballots.entries()) {
      if (!voter.at) continue;
      // A secret ballot carries the receipt the voter's device would keep (32 random bytes, base64url).
      const receipt = poll.method === 'secret' ? { receipt: randomBytes(32).toString('base64url') } : {};
      const cast = { pollId: poll.id, optionId, idempotencyKey: randomUUID(), ...receipt };
      await castVote(voter.at(new Date(minutesAfter(at, 1).getTime() + index * 7_000)), cast);
    }
  }
  return closePoll(systemAt(deps, minutesAfter(at, 4)), poll.id);
}
