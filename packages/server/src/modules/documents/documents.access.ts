import { eq, sql, type SQL } from 'drizzle-orm';
import { can } from '@collegium/shared/domain/policy';
import type { Ctx } from '../../context.js';
import { agendaItemMaterials, agendaItems, bodies, documents, sessions } from '../../db/schema/index.js';
import { subjectOf } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';
import { bodyResource } from '../directory/directory.access.js';
import { materialShows } from '../materials/materials.queries.js';
import { sessionResource } from '../sessions/sessions.access.js';
import type { DocumentRow } from './documents.presenters.js';

export type OwnerBodyRow = typeof bodies.$inferSelect;
export interface DocumentWithBody {
  document: DocumentRow;
  body: OwnerBodyRow;
}

/**
 * Whether the caller sees the document through one of the materials that link it: they read the
 * session, the item shows to them, and so does the material (closed items and late materials hidden as
 * on the session page).
 */
async function readsThroughMaterials(ctx: Ctx, documentId: string): Promise<boolean> {
  const subject = await subjectOf(ctx);
  const links = await ctx.db
    .select({
      material: { late: agendaItemMaterials.late, lateDecision: agendaItemMaterials.lateDecision },
      item: { isPublic: agendaItems.isPublic, late: agendaItems.late, lateDecision: agendaItems.lateDecision },
      session: sessions,
      body: bodies,
    })
    .from(agendaItemMaterials)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaItemMaterials.agendaItemId))
    .innerJoin(sessions, eq(sessions.id, agendaItemMaterials.sessionId))
    .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
    .where(eq(agendaItemMaterials.documentId, documentId));
  return links.some(({ material, item, session, body }) => {
    const resource = sessionResource(session, body);
    if (!can(subject, 'session:read', resource)) return false;
    const view = {
      readClosed: can(subject, 'session:read-closed', resource),
      seesPending: can(subject, 'session:manage', resource) || can(subject, 'session:approve-late', resource),
    };
    return materialShows(item, material, view);
  });
}

/**
 * A document held back from the body's members: every material that links it was added late and is not
 * approved (yet). Its readers are then those who see it on the session page (managers, the chair).
 */
export const heldBackDocument: SQL = sql`(exists (select 1 from ${agendaItemMaterials} where ${agendaItemMaterials.documentId} = ${documents.id})
  and not exists (select 1 from ${agendaItemMaterials} where ${agendaItemMaterials.documentId} = ${documents.id}
    and (not ${agendaItemMaterials.late} or ${agendaItemMaterials.lateDecision} = 'approved')))`;

/**
 * Loads a document the caller may read: everybody who takes part in its owner body's work (and staff),
 * unless it is held back as a late material, and whoever sees it as a material of an agenda item. Anybody else is told it does not exist (404).
 */
export async function loadReadableDocument(ctx: Ctx, documentId: string, options: { forUpdate?: boolean } = {}): Promise<DocumentWithBody> {
  const query = ctx.db
    .select({ document: documents, body: bodies, heldBack: sql<boolean>`${heldBackDocument}` })
    .from(documents)
    .innerJoin(bodies, eq(bodies.id, documents.bodyId))
    .where(eq(documents.id, documentId))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: documents }) : await query;
  if (!row) throw notFound('The document');
  const subject = await subjectOf(ctx);
  const resource = bodyResource(row.body);
  const member = can(subject, 'body:read-internal', resource);
  if (member && (!row.heldBack || can(subject, 'body:manage', resource))) return { document: row.document, body: row.body };
  if (await readsThroughMaterials(ctx, documentId)) return { document: row.document, body: row.body };
  throw notFound('The document');
}

/** Whether the caller may add versions to the documents of a body: its chair, secretary, coordinator, administrators. */
export async function managesDocumentsOf(ctx: Ctx, body: OwnerBodyRow): Promise<boolean> {
  return can(await subjectOf(ctx), 'body:manage', bodyResource(body));
}
