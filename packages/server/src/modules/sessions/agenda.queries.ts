import { asc, eq, sql } from 'drizzle-orm';
import type { Agenda } from '@collegium/shared/contracts/sessions';
import { numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import type { Ctx } from '../../context.js';
import { agendaChanges, agendaItems, organizations, persons } from '../../db/schema/index.js';
import { etagOf } from '../directory/directory.versions.js';
import { itemShows, loadSessionMaterials, materialsByItem, type MaterialView } from '../materials/materials.queries.js';
import type { SessionRow } from './sessions.access.js';
import { presentAgendaItem, type AgendaRow } from './sessions.presenters.js';

/** Every item of a session's agenda, with its rapporteur's names, in no particular order. */
export async function loadAgendaRows(ctx: Ctx, sessionId: string): Promise<AgendaRow[]> {
  const rows = await ctx.db
    .select({
      item: agendaItems,
      personName: sql<string | null>`${persons.givenName} || ' ' || ${persons.familyName}`,
      organizationName: organizations.name,
    })
    .from(agendaItems)
    .leftJoin(persons, eq(persons.id, agendaItems.rapporteurPersonId))
    .leftJoin(organizations, eq(organizations.id, agendaItems.rapporteurOrganizationId))
    .where(eq(agendaItems.sessionId, sessionId));
  return rows.map(({ item, personName, organizationName }) => ({
    ...item,
    rapporteurPerson: item.rapporteurPersonId && personName ? { id: item.rapporteurPersonId, name: personName } : null,
    rapporteurOrganization:
      item.rapporteurOrganizationId && organizationName
        ? { id: item.rapporteurOrganizationId, name: organizationName }
        : null,
  }));
}

/** The numbers items carry now: id → "2.1". */
export function currentNumbers(rows: readonly AgendaRow[]): Map<string, string> {
  return new Map(numberAgenda(rows).map(({ item, number }) => [item.id, number]));
}

/**
 * The agenda as the caller may see it, with its materials and the changes made after convening. A late
 * item waiting for the chair is left out for those who neither manage the session nor decide on it.
 */
export async function readAgenda(
  ctx: Ctx,
  session: SessionRow,
  readClosed: boolean,
  seesPending = false,
): Promise<Agenda> {
  const view: MaterialView = { readClosed, seesPending };
  // independent reads: on a PostgreSQL pool they run side by side
  const [rows, materialRows, changes] = await Promise.all([
    loadAgendaRows(ctx, session.id),
    loadSessionMaterials(ctx, session.id),
    ctx.db
      .select()
      .from(agendaChanges)
      .where(eq(agendaChanges.sessionId, session.id))
      .orderBy(asc(agendaChanges.occurredAt), asc(agendaChanges.id)),
  ]);
  const shown = new Set(rows.filter((row) => itemShows(row, view)).map((row) => row.id));
  const materials = materialsByItem(materialRows, new Map(rows.map((row) => [row.id, row])), view);
  const numbered = numberAgenda(rows).filter(({ item }) => shown.has(item.id));
  const visible = new Map(rows.map((row) => [row.id, row.isPublic || readClosed ? row.title : null]));
  return {
    etag: etagOf(session.agendaUpdatedAt),
    items: numbered.map(({ item, number }) => presentAgendaItem(item, number, readClosed, materials.get(item.id))),
    changes: changes.filter((change) => shown.has(change.agendaItemId)).map((change) => ({
      agendaItemId: change.agendaItemId,
      change: change.change as 'added' | 'withdrawn' | 'moved',
      fromNumber: change.fromNumber,
      toNumber: change.toNumber,
      title: visible.get(change.agendaItemId) ?? null,
      occurredAt: change.occurredAt.toISOString(),
    })),
  };
}
