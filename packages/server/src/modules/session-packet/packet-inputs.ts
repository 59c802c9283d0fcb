import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { BodyRules } from '@collegium/shared/contracts/directory';
import type { PacketVariant } from '@collegium/shared/contracts/session-packet';
import { numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import type { Ctx } from '../../context.js';
import {
  agendaItemMaterials,
  agendaItems,
  documents,
  documentVersions,
  organizations,
  persons,
} from '../../db/schema/index.js';
import type { FileStore } from '../../files/store.js';
import { loadSessionWithBody, type BodyRow, type SessionRow } from '../sessions/sessions.access.js';
import type { PacketInput, PacketItem } from './packet-builder.js';
import { isPacketLanguage, type PacketLanguage } from './packet-labels.js';

/** Raised when the layout or rules of the packet change, so every packet is rebuilt once. */
const BUILDER_VERSION = 1;

interface ItemRow {
  id: string;
  parentId: string | null;
  position: number;
  kind: string;
  title: string;
  isPublic: boolean;
  withdrawn: boolean;
  late: boolean;
  lateDecision: string | null;
  rapporteur: string | null;
}

interface MaterialRow {
  agendaItemId: string;
  title: string;
  fileName: string;
  contentType: string;
  sha256: string;
  late: boolean;
  lateDecision: string | null;
}

/** Everything a session's packets are built from, read in four queries. */
export interface PacketSource {
  session: SessionRow;
  body: BodyRow;
  items: ItemRow[];
  materials: MaterialRow[];
  language: PacketLanguage;
}

export async function loadPacketSource(ctx: Ctx, sessionId: string): Promise<PacketSource | undefined> {
  const row = await loadSessionWithBody(ctx, sessionId);
  if (!row) return undefined;
  const items = await ctx.db
    .select({
      id: agendaItems.id,
      parentId: agendaItems.parentId,
      position: agendaItems.position,
      kind: agendaItems.kind,
      title: agendaItems.title,
      isPublic: agendaItems.isPublic,
      withdrawn: sql<boolean>`${agendaItems.withdrawnAt} is not null`,
      late: agendaItems.late,
      lateDecision: agendaItems.lateDecision,
      rapporteur: sql<string | null>`concat_ws(', ', nullif(${persons.givenName} || ' ' || ${persons.familyName}, ''), ${organizations.name})`,
    })
    .from(agendaItems)
    .leftJoin(persons, eq(persons.id, agendaItems.rapporteurPersonId))
    .leftJoin(organizations, eq(organizations.id, agendaItems.rapporteurOrganizationId))
    .where(eq(agendaItems.sessionId, sessionId));
  const materials = await ctx.db
    .select({
      agendaItemId: agendaItemMaterials.agendaItemId,
      title: documents.title,
      fileName: documentVersions.fileName,
      contentType: documentVersions.contentType,
      sha256: documentVersions.sha256,
      late: agendaItemMaterials.late,
      lateDecision: agendaItemMaterials.lateDecision,
    })
    .from(agendaItemMaterials)
    .innerJoin(documents, eq(documents.id, agendaItemMaterials.documentId))
    .innerJoin(
      documentVersions,
      and(eq(documentVersions.documentId, documents.id), eq(documentVersions.number, documents.latestVersion)),
    )
    .where(eq(agendaItemMaterials.sessionId, sessionId))
    .orderBy(asc(agendaItemMaterials.position), asc(agendaItemMaterials.id));
  const language = (row.body.rules as BodyRules | null)?.language;
  return {
    ...row,
    items: items.map((item) => ({ ...item, rapporteur: item.rapporteur || null })),
    materials,
    language: isPacketLanguage(language) ? language : ctx.deps.config.defaultLanguage,
  };
}

const pending = (entry: { late: boolean; lateDecision: string | null }) => entry.late && entry.lateDecision !== 'approved';
const waiting = (entry: { late: boolean; lateDecision: string | null }) => entry.late && entry.lateDecision === null;

/**
 * The variants a session has: members' always, the public one once it is convened (for readers who may not
 * see closed items), and the managers' draft while late items or materials wait for the chair.
 */
export function variantsOf(source: PacketSource): PacketVariant[] {
  const variants: PacketVariant[] = ['members'];
  if (source.session.status !== 'draft') variants.push('public');
  if (source.items.some(waiting) || source.materials.some(waiting)) variants.push('draft');
  return variants;
}

/**
 * What one variant shows, by the rules of the session page: a refused late entry never; one waiting for the
 * chair only in the draft; a closed item keeps its number alone in the public packet; a withdrawn item stays
 * on the agenda, marked, without its materials.
 */
export function packetInputFor(source: PacketSource, variant: PacketVariant, files: FileStore, now: Date): PacketInput {
  const shows = (entry: { late: boolean; lateDecision: string | null }) =>
    !pending(entry) || (variant === 'draft' && entry.lateDecision === null);
  const items: PacketItem[] = numberAgenda(source.items)
    .filter(({ item }) => shows(item))
    .map(({ item, number }) => {
      const hidden = variant === 'public' && !item.isPublic;
      const materials = hidden || item.withdrawn ? [] : source.materials.filter((m) => m.agendaItemId === item.id && shows(m));
      return {
        number,
        title: hidden ? null : item.title,
        kind: item.kind as PacketItem['kind'],
        rapporteur: hidden ? null : item.rapporteur,
        isPublic: item.isPublic,
        withdrawn: item.withdrawn,
        late: item.late && !waiting(item),
        awaitingApproval: waiting(item),
        materials: materials.map((m) => ({
          name: m.fileName === m.title || !m.title ? m.fileName : `${m.title} (${m.fileName})`,
          contentType: m.contentType,
          late: m.late && !waiting(m),
          awaitingApproval: waiting(m),
          sha256: m.sha256,
          open: () => readAll(files, m.sha256),
        })),
      };
    });
  const { session, body } = source;
  return {
    language: source.language,
    draft: variant === 'draft',
    createdAt: now,
    cover: {
      bodyName: body.name,
      kind: session.kind as PacketInput['cover']['kind'],
      number: session.number,
      title: session.title,
      startsAt: session.startsAt,
      deadlineAt: session.deadlineAt,
      timeZone: session.timeZone,
      place: session.place,
      onlineUrl: session.onlineUrl,
    },
    items,
  };
}

/** A hash of everything a packet shows (file contents by their address); equal inputs, equal packet. */
export function fingerprintOf(input: PacketInput): string {
  const { createdAt: _ignored, ...shown } = input;
  return createHash('sha256')
    .update(JSON.stringify({ v: BUILDER_VERSION, ...shown }, (key, value: unknown) => (key === 'open' ? undefined : value)))
    .digest('hex');
}

async function readAll(files: FileStore, sha256: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await files.open(sha256)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
