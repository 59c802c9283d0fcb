import type { AttendanceEntry, AttendanceRoster, AttendanceStatus } from '@collegium/shared/contracts/attendance';
import type { BodyRole } from '@collegium/shared/domain/roles';
import { computeQuorum, type QuorumSeat } from '@collegium/shared/domain/quorum';
import type { Ctx } from '../../context.js';
import { presentRules } from '../directory/directory.presenters.js';
import type { SessionWithBody } from '../sessions/sessions.access.js';
import { invitationAnswersOf } from './attendance.invitations.js';
import {
  membersOnDate,
  recordedAttendance,
  rosterDay,
  seatRoles,
  type AttendanceRow,
  type MemberOnDate,
  type PersonName,
} from './attendance.seats.js';

const inRoom = (status: string) => status === 'present' || status === 'late';
const iso = (value: Date | null) => (value ? value.toISOString() : null);

export type RosterLists = Pick<AttendanceRoster, 'members' | 'substitutes' | 'guests' | 'quorum'>;

function entryOf(row: AttendanceRow | undefined, base: Omit<AttendanceEntry, 'id' | 'status' | 'arrivedAt' | 'leftAt' | 'note'>, status: AttendanceStatus): AttendanceEntry {
  return {
    ...base,
    id: row?.id ?? null,
    status: (row?.status as AttendanceStatus | undefined) ?? status,
    arrivedAt: iso(row?.arrivedAt ?? null),
    leftAt: iso(row?.leftAt ?? null),
    note: row?.note ?? null,
  };
}

/**
 * The roster of a session with the quorum now. Until the session is closed it follows the memberships on
 * the session's date, overlaid with what was recorded (and, for nobody recorded yet, the invitation
 * answers); a closed session shows only its frozen record. `excludePersonIds` leave the quorum's base.
 */
export async function buildRoster(
  ctx: Ctx,
  { session, body }: SessionWithBody,
  options: { excludePersonIds?: readonly string[]; agendaItemId?: string | null } = {},
): Promise<RosterLists> {
  const frozen = session.status === 'closed';
  const [onDate, { rows, names }, answers] = await Promise.all([
    membersOnDate(ctx, body.id, rosterDay(session, ctx.deps.clock.now())),
    recordedAttendance(ctx, session.id),
    frozen ? Promise.resolve(new Map()) : invitationAnswersOf(ctx, session.id),
  ]);
  const nameOf = (personId: string | null): PersonName | null =>
    personId ? { personId, name: names.get(personId)?.name ?? '' } : null;
  const rowOf = new Map(rows.filter((row) => row.personId).map((row) => [row.personId!, row]));
  const sittingFor = new Map(
    rows.filter((row) => row.kind === 'substitute' && row.substituteForId).map((row) => [row.substituteForId!, row]),
  );

  const members: MemberOnDate[] = frozen ? [] : onDate.filter((member) => rowOf.get(member.personId)?.kind !== 'substitute');
  const listed = new Set(members.map((member) => member.personId));
  const onDateByPerson = new Map(onDate.map((member) => [member.personId, member]));
  for (const row of rows) {
    if (row.kind !== 'member' || !row.personId || listed.has(row.personId)) continue;
    members.push({
      personId: row.personId,
      name: names.get(row.personId)?.name ?? '',
      role: row.role as BodyRole,
      votingRight: row.votingRight,
      hasSeat: seatRoles.includes(row.role as BodyRole),
      organizationName: onDateByPerson.get(row.personId)?.organizationName ?? null,
      namedSubstitute: onDateByPerson.get(row.personId)?.namedSubstitute ?? null,
    });
  }

  const rules = presentRules(body.rules);
  const substitutesCount = rules.substitutesMayVote === true;
  const seats: QuorumSeat[] = members
    .filter((member) => member.hasSeat)
    .map((member) => {
      const substitute = sittingFor.get(member.personId);
      return {
        personId: member.personId,
        votingRight: member.votingRight,
        present: inRoom(rowOf.get(member.personId)?.status ?? ''),
        substitutePresentId: substitute && inRoom(substitute.status) ? substitute.personId : null,
      };
    });
  const quorum = computeQuorum(seats, { rule: rules.quorumRule, substitutesCount, excludePersonIds: options.excludePersonIds ?? [] });
  const excluded = new Set(options.excludePersonIds ?? []);
  const seatCounts = (member: MemberOnDate) =>
    member.hasSeat && !excluded.has(member.personId) && (quorum.rule !== 'majority_of_voting_members' || member.votingRight);

  const memberEntries = members.map((member) => {
    const row = rowOf.get(member.personId);
    const answer = answers.get(member.personId);
    const substitute = sittingFor.get(member.personId);
    const present = inRoom(row?.status ?? '');
    return entryOf(
      row,
      {
        kind: 'member',
        personId: member.personId,
        name: member.name,
        organizationName: member.organizationName,
        role: member.role,
        votingRight: member.votingRight,
        substituteFor: null,
        namedSubstitute: member.namedSubstitute,
        representedBy: !present && substitute && inRoom(substitute.status) ? nameOf(substitute.personId) : null,
        countsForQuorum: present && seatCounts(member),
      },
      answer ? 'excused' : 'expected',
    );
  });

  const seatOf = new Map(members.map((member) => [member.personId, member]));
  const substituteEntries: AttendanceEntry[] = rows
    .filter((row) => row.kind === 'substitute')
    .map((row) => {
      const member = seatOf.get(row.substituteForId!);
      const fills =
        substitutesCount && inRoom(row.status) && !!member && seatCounts(member) && !inRoom(rowOf.get(member.personId)?.status ?? '') && !excluded.has(row.personId!);
      return entryOf(row, {
        kind: 'substitute',
        personId: row.personId,
        name: names.get(row.personId!)?.name ?? '',
        organizationName: names.get(row.personId!)?.organization ?? null,
        role: null,
        votingRight: substitutesCount,
        substituteFor: nameOf(row.substituteForId),
        namedSubstitute: null,
        representedBy: null,
        countsForQuorum: fills,
      }, 'expected');
    });
  // A substitute announced in an invitation answer is expected until someone records them.
  for (const [memberId, answer] of answers) {
    if (answer.answer !== 'substitute' || !answer.sentSubstitute || sittingFor.has(memberId) || rowOf.has(answer.sentSubstitute.personId)) continue;
    substituteEntries.push(
      entryOf(undefined, {
        kind: 'substitute',
        personId: answer.sentSubstitute.personId,
        name: answer.sentSubstitute.name,
        organizationName: null,
        role: null,
        votingRight: substitutesCount,
        substituteFor: { personId: memberId, name: seatOf.get(memberId)?.name ?? '' },
        namedSubstitute: null,
        representedBy: null,
        countsForQuorum: false,
      }, 'expected'),
    );
  }

  const guests = rows
    .filter((row) => row.kind === 'guest')
    .map((row) =>
      entryOf(row, {
        kind: 'guest',
        personId: row.personId,
        name: row.personId ? (names.get(row.personId)?.name ?? '') : (row.guestName ?? ''),
        organizationName: row.personId ? (names.get(row.personId)?.organization ?? null) : row.guestOrganization,
        role: null,
        votingRight: false,
        substituteFor: null,
        namedSubstitute: null,
        representedBy: null,
        countsForQuorum: false,
      }, 'present'),
    )
    .sort((a, b) => (a.arrivedAt ?? '').localeCompare(b.arrivedAt ?? '') || a.name.localeCompare(b.name));

  return {
    members: memberEntries,
    substitutes: substituteEntries,
    guests,
    quorum: { ...quorum, substitutesCount, agendaItemId: options.agendaItemId ?? null, excludedPersonIds: [...excluded] },
  };
}
