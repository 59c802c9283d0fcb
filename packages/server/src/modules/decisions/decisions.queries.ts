import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Decision, DecisionList, DecisionListQuery } from '@collegium/shared/contracts/decisions';
import { can, type Subject } from '@collegium/shared/domain/policy';
import { bodyParticipantRoles } from '@collegium/shared/domain/roles';
import type { Ctx } from '../../context.js';
import { agendaItems, bodies, decisions, organizations, persons, sessions } from '../../db/schema/index.js';
import { subjectOf } from '../../lib/access.js';
import { foldText } from '../../lib/fold-text.js';
import { etagOf } from '../directory/directory.versions.js';

const liveStatuses = ['open', 'in_progress'];

/** Today's date for deadlines: a deadline is met until the end of its day (UTC). */
export const todayOf = (ctx: Ctx): string => ctx.deps.clock.now().toISOString().slice(0, 10);

/** Decisions past their deadline that are neither done nor cancelled. */
export const overdueWhere = (today: string): SQL =>
  and(inArray(decisions.status, liveStatuses), lt(decisions.deadline, today))!;

/**
 * What the caller may see: staff everything; others the decisions of public bodies and of their own
 * bodies, and those on closed agenda items only in bodies they take part in.
 */
export function visibleWhere(subject: Subject): SQL | undefined {
  if (subject.role === 'administrator' || subject.role === 'staff') return undefined;
  const ofMine = [...subject.bodyRoles.keys()];
  const participantIn = ofMine.filter((id) => subject.bodyRoles.get(id)!.some((r) => bodyParticipantRoles.includes(r)));
  const mine = (ids: string[]) => (ids.length ? inArray(decisions.bodyId, ids) : sql`false`);
  return and(or(eq(bodies.isPublic, true), mine(ofMine)), or(eq(agendaItems.isPublic, true), mine(participantIn)));
}

const sortOrders: Record<NonNullable<DecisionListQuery['sort']>, SQL[]> = {
  adopted: [asc(decisions.adoptedAt), asc(decisions.id)],
  '-adopted': [desc(decisions.adoptedAt), desc(decisions.id)],
  deadline: [sql`${decisions.deadline} asc nulls last`, asc(decisions.id)],
  '-deadline': [sql`${decisions.deadline} desc nulls last`, desc(decisions.id)],
  number: [asc(decisions.year), asc(decisions.sequence), asc(decisions.id)],
  '-number': [desc(decisions.year), desc(decisions.sequence), desc(decisions.id)],
};

function filterWhere(query: DecisionListQuery, today: string): SQL[] {
  const where: SQL[] = [];
  if (query.status === 'overdue') where.push(overdueWhere(today));
  else if (query.status) where.push(eq(decisions.status, query.status));
  if (query.bodyId) where.push(eq(decisions.bodyId, query.bodyId));
  if (query.sessionId) where.push(eq(decisions.sessionId, query.sessionId));
  if (query.responsibleOrganizationId) where.push(eq(decisions.responsibleOrganizationId, query.responsibleOrganizationId));
  if (query.responsiblePersonId) where.push(eq(decisions.responsiblePersonId, query.responsiblePersonId));
  if (query.deadlineFrom) where.push(gte(decisions.deadline, query.deadlineFrom));
  if (query.deadlineTo) where.push(lte(decisions.deadline, query.deadlineTo));
  const q = query.q?.trim();
  if (q) where.push(sql`${decisions.searchText} like ${`%${foldText(q).replace(/[\\%_]/g, '\\$&')}%`}`);
  return where;
}

const decisionColumns = {
  decision: decisions,
  bodyName: bodies.name,
  bodyShortName: bodies.shortName,
  bodyIsPublic: bodies.isPublic,
  bodyOrganizationId: bodies.organizationId,
  sessionNumber: sessions.number,
  sessionKind: sessions.kind,
  personName: sql<string | null>`${persons.givenName} || ' ' || ${persons.familyName}`,
  organizationName: organizations.name,
};

function selectDecisions(ctx: Ctx) {
  return ctx.db
    .select(decisionColumns)
    .from(decisions)
    .innerJoin(bodies, eq(bodies.id, decisions.bodyId))
    .innerJoin(sessions, eq(sessions.id, decisions.sessionId))
    .innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
    .leftJoin(persons, eq(persons.id, decisions.responsiblePersonId))
    .leftJoin(organizations, eq(organizations.id, decisions.responsibleOrganizationId));
}

type DecisionRow = Awaited<ReturnType<ReturnType<typeof selectDecisions>['execute']>>[number];

function presentDecision(row: DecisionRow, subject: Subject, today: string): Decision {
  const d = row.decision;
  return {
    id: d.id,
    number: d.number,
    title: d.title,
    text: d.text,
    body: { id: d.bodyId, name: row.bodyName, shortName: row.bodyShortName },
    session: { id: d.sessionId, number: row.sessionNumber, kind: row.sessionKind },
    agendaItemId: d.agendaItemId,
    responsiblePerson: d.responsiblePersonId && row.personName ? { id: d.responsiblePersonId, name: row.personName } : null,
    responsibleOrganization:
      d.responsibleOrganizationId && row.organizationName ? { id: d.responsibleOrganizationId, name: row.organizationName } : null,
    deadline: d.deadline,
    status: d.status as Decision['status'],
    overdue: liveStatuses.includes(d.status) && d.deadline !== null && d.deadline < today,
    adoptedAt: d.adoptedAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    etag: etagOf(d.updatedAt),
    canEdit: can(subject, 'body:manage', {
      type: 'body',
      id: d.bodyId,
      isPublic: row.bodyIsPublic,
      organizationId: row.bodyOrganizationId,
    }),
  };
}

/** The register as the caller may see it: filtered, searched, sorted and paged. */
export async function listDecisions(ctx: Ctx, query: DecisionListQuery): Promise<DecisionList> {
  const subject = await subjectOf(ctx);
  const today = todayOf(ctx);
  const visible = visibleWhere(subject);
  const conditions = [...filterWhere(query, today), visible].filter((c): c is SQL => c !== undefined);
  const where = conditions.length ? and(...conditions) : undefined;
  const counted = ctx.db.select({ value: sql<number>`count(*)::int` }).from(decisions);
  // the filters read the decisions alone; only visibility needs the body and the item, so whoever sees
  // everything is counted without the joins (a large register's count is most of the answer's time)
  const total = visible
    ? counted.innerJoin(bodies, eq(bodies.id, decisions.bodyId)).innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId)).where(where)
    : counted.where(where);
  const [rows, [counts]] = await Promise.all([
    selectDecisions(ctx)
      .where(where)
      .orderBy(...sortOrders[query.sort ?? '-adopted'])
      .limit(query.limit ?? 50)
      .offset(query.offset ?? 0),
    total,
  ]);
  return { total: counts?.value ?? 0, items: rows.map((row) => presentDecision(row, subject, today)) };
}

/** One decision if the caller may see it (or, with `responsible`, answers for it), else null. */
export async function findDecision(ctx: Ctx, id: string, options: { responsible?: boolean } = {}): Promise<Decision | null> {
  const subject = await subjectOf(ctx);
  const visible = options.responsible ? undefined : visibleWhere(subject);
  const [row] = await selectDecisions(ctx)
    .where(visible ? and(eq(decisions.id, id), visible) : eq(decisions.id, id))
    .limit(1);
  return row ? presentDecision(row, subject, todayOf(ctx)) : null;
}
