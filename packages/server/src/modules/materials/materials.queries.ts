import { and, asc, eq } from 'drizzle-orm';
import type { Material } from '@collegium/shared/contracts/materials';
import { lateApprovalOf, showsLate } from '@collegium/shared/domain/materials-deadline';
import type { Ctx } from '../../context.js';
import { agendaItemMaterials, documents, documentVersions } from '../../db/schema/index.js';

export interface MaterialRow {
  id: string;
  agendaItemId: string;
  documentId: string;
  position: number;
  late: boolean;
  lateDecision: string | null;
  title: string;
  version: number;
  fileName: string;
  contentType: string;
  size: number;
}

/** How a caller sees a session: closed items, and late entries still waiting for the chair. */
export interface MaterialView {
  readClosed: boolean;
  seesPending: boolean;
}

export const versionDownloadUrl = (documentId: string, version: number) =>
  `/api/v1/documents/${documentId}/versions/${version}/file`;

const materialColumns = {
  id: agendaItemMaterials.id,
  agendaItemId: agendaItemMaterials.agendaItemId,
  documentId: agendaItemMaterials.documentId,
  position: agendaItemMaterials.position,
  late: agendaItemMaterials.late,
  lateDecision: agendaItemMaterials.lateDecision,
  title: documents.title,
  version: documentVersions.number,
  fileName: documentVersions.fileName,
  contentType: documentVersions.contentType,
  size: documentVersions.size,
};

/** Every material of a session with its document's latest version: one query, ordered by item and position. */
export async function loadSessionMaterials(ctx: Ctx, sessionId: string): Promise<MaterialRow[]> {
  return ctx.db
    .select(materialColumns)
    .from(agendaItemMaterials)
    .innerJoin(documents, eq(documents.id, agendaItemMaterials.documentId))
    .innerJoin(
      documentVersions,
      and(eq(documentVersions.documentId, documents.id), eq(documentVersions.number, documents.latestVersion)),
    )
    .where(eq(agendaItemMaterials.sessionId, sessionId))
    .orderBy(asc(agendaItemMaterials.agendaItemId), asc(agendaItemMaterials.position));
}

/** One material with its document's latest version, or undefined. */
export async function loadMaterialRow(ctx: Ctx, materialId: string): Promise<(MaterialRow & { sessionId: string }) | undefined> {
  const [row] = await ctx.db
    .select({ ...materialColumns, sessionId: agendaItemMaterials.sessionId })
    .from(agendaItemMaterials)
    .innerJoin(documents, eq(documents.id, agendaItemMaterials.documentId))
    .innerJoin(
      documentVersions,
      and(eq(documentVersions.documentId, documents.id), eq(documentVersions.number, documents.latestVersion)),
    )
    .where(eq(agendaItemMaterials.id, materialId))
    .limit(1);
  return row;
}

export interface ItemVisibility {
  isPublic: boolean;
  late: boolean;
  lateDecision: string | null;
}

/** Whether the caller sees an item as part of the agenda at all (a late item waiting for the chair is hidden). */
export const itemShows = (item: ItemVisibility, view: MaterialView): boolean => showsLate(item, view.seesPending);

/**
 * Whether the caller sees a material: the item shows, its materials are not closed to the caller (a
 * closed item's materials only for those who read closed items), and a late material is approved or the
 * caller decides on it.
 */
export const materialShows = (item: ItemVisibility, material: { late: boolean; lateDecision: string | null }, view: MaterialView) =>
  itemShows(item, view) && (item.isPublic || view.readClosed) && showsLate(material, view.seesPending);

export function presentMaterial(row: MaterialRow): Material {
  const lateApproval = lateApprovalOf(row);
  return {
    id: row.id,
    documentId: row.documentId,
    title: row.title,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    version: row.version,
    late: row.late,
    approved: lateApproval === null || lateApproval === 'approved',
    lateApproval,
    downloadUrl: versionDownloadUrl(row.documentId, row.version),
  };
}

/** Materials per item id, only those the caller sees. */
export function materialsByItem(
  rows: readonly MaterialRow[],
  items: ReadonlyMap<string, ItemVisibility>,
  view: MaterialView,
): Map<string, Material[]> {
  const byItem = new Map<string, Material[]>();
  for (const row of rows) {
    const item = items.get(row.agendaItemId);
    if (!item || !materialShows(item, row, view)) continue;
    const list = byItem.get(row.agendaItemId) ?? [];
    list.push(presentMaterial(row));
    byItem.set(row.agendaItemId, list);
  }
  return byItem;
}
