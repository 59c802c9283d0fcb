import type { AgendaItem, SessionDetail, SessionSummary } from '@collegium/shared/contracts/sessions';
import type { Material } from '@collegium/shared/contracts/materials';
import { lateApprovalOf } from '@collegium/shared/domain/materials-deadline';
import type { SessionKind, SessionStatus, AgendaItemKind } from '@collegium/shared/contracts/sessions';
import { etagOf } from '../directory/directory.versions.js';
import type { BodyRow, SessionRow } from './sessions.access.js';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function presentSessionSummary(session: SessionRow, body: Pick<BodyRow, 'id' | 'name' | 'slug'>): SessionSummary {
  return {
    id: session.id,
    body: { id: body.id, name: body.name, slug: body.slug },
    kind: session.kind as SessionKind,
    number: session.number,
    title: session.title,
    status: session.status as SessionStatus,
    startsAt: iso(session.startsAt),
    endsAt: iso(session.endsAt),
    deadlineAt: iso(session.deadlineAt),
    timeZone: session.timeZone,
    place: session.place,
    onlineUrl: session.onlineUrl,
  };
}

export function presentSessionFields(session: SessionRow, body: BodyRow) {
  return {
    ...presentSessionSummary(session, body),
    notes: session.notes,
    statusReason: session.statusReason,
    convenedAt: iso(session.convenedAt),
    startedAt: iso(session.startedAt),
    closedAt: iso(session.closedAt),
    etag: etagOf(session.updatedAt),
  } satisfies Partial<SessionDetail>;
}

export interface AgendaRow {
  id: string;
  parentId: string | null;
  position: number;
  kind: string;
  title: string;
  isPublic: boolean;
  estimatedMinutes: number | null;
  proposedResolution: string | null;
  withdrawnAt: Date | null;
  late: boolean;
  lateDecision: string | null;
  updatedAt: Date;
  rapporteurPerson: { id: string; name: string } | null;
  rapporteurOrganization: { id: string; name: string } | null;
}

/** An agenda item as the caller may see it: a closed item keeps only its number and kind for non-members. */
export function presentAgendaItem(row: AgendaRow, number: string, readClosed: boolean, materials: Material[] = []): AgendaItem {
  const hidden = !row.isPublic && !readClosed;
  return {
    id: row.id,
    parentId: row.parentId,
    number,
    kind: row.kind as AgendaItemKind,
    title: hidden ? null : row.title,
    isPublic: row.isPublic,
    rapporteurPerson: hidden ? null : row.rapporteurPerson,
    rapporteurOrganization: hidden ? null : row.rapporteurOrganization,
    estimatedMinutes: row.estimatedMinutes,
    proposedResolution: hidden ? null : row.proposedResolution,
    withdrawn: row.withdrawnAt !== null,
    late: row.late,
    lateApproval: lateApprovalOf(row),
    materials: hidden ? [] : materials,
    etag: etagOf(row.updatedAt),
  };
}
