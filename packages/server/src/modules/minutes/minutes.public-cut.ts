import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { bodies, memberships } from '../../db/schema/index.js';
import type { StoredContent, StoredPerson } from './minutes.content.js';
import type { PublicNames } from './minutes.public-names.js';

/**
 * People public in the directory: those holding a seat or office (not a guest's place) in a public body,
 * whose names the body's public page shows anyway.
 */
async function publicPeople(ctx: Ctx, personIds: readonly string[]): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  const rows = await ctx.db
    .selectDistinct({ personId: memberships.personId })
    .from(memberships)
    .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
    .where(and(inArray(memberships.personId, [...personIds]), eq(bodies.isPublic, true), ne(memberships.role, 'guest')));
  return new Set(rows.map((row) => row.personId));
}

function referencedPeople(content: StoredContent): string[] {
  const { attendance, agenda, items } = content;
  const ids = [
    ...[...attendance.present, ...attendance.excused, ...attendance.absent].map((p) => p.personId),
    ...attendance.substitutes.flatMap((s) => [s.personId, s.substituteForId]),
    ...agenda.amendments.map((a) => a.proposerPersonId),
    ...items.flatMap((item) => [item.rapporteurPersonId, ...item.polls.flatMap((poll) => (poll.named ?? []).map((n) => n.personId))]),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/**
 * The minutes as the public may read them: closed items left out with their polls and decisions, guests
 * left out, and people who are not public in the directory named generically (in the reader's language),
 * without their organisation.
 */
export async function cutForPublic(ctx: Ctx, content: StoredContent, genericNames: PublicNames): Promise<StoredContent> {
  const known = await publicPeople(ctx, referencedPeople(content));
  const isPublic = (id: string | null) => id !== null && known.has(id);
  const member = (p: StoredPerson): StoredPerson =>
    isPublic(p.personId) ? p : { ...p, name: genericNames.member, organization: null };
  const { attendance } = content;
  return {
    attendance: {
      present: attendance.present.map(member),
      excused: attendance.excused.map(member),
      absent: attendance.absent.map(member),
      substitutes: attendance.substitutes.map((s) => ({
        ...(isPublic(s.personId) ? s : { ...s, name: genericNames.substitute, organization: null }),
        substituteFor: isPublic(s.substituteForId) ? s.substituteFor : genericNames.seat,
      })),
      guests: [],
    },
    agenda: {
      adoptedAt: content.agenda.adoptedAt,
      amendments: content.agenda.amendments.map((a) =>
        a.proposerPersonId !== null && !isPublic(a.proposerPersonId) ? { ...a, proposer: null } : a,
      ),
    },
    items: content.items
      .filter((item) => item.isPublic)
      .map((item) => ({
        ...item,
        rapporteur:
          item.rapporteurPersonId !== null && !isPublic(item.rapporteurPersonId) ? item.rapporteurOrganization : item.rapporteur,
        polls: item.polls.map((poll) => ({
          ...poll,
          named: poll.named
            ? poll.named.map((vote) => (isPublic(vote.personId) ? vote : { ...vote, name: genericNames.member }))
            : null,
        })),
      })),
    opening: content.opening,
    closing: content.closing,
  };
}
