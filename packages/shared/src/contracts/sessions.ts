import { Type, type Static, type TSchema } from 'typebox';
import { agendaItemKinds, sessionKinds, sessionStatuses } from '../domain/session-lifecycle.js';
import { LateApproval, Material } from './materials.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time', description: 'an instant in ISO 8601, stored in UTC' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const ETag = Type.String({ description: 'weak entity tag, e.g. W/"1763774400000"' });
const WebUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 });

export const SessionKind = Type.Enum(sessionKinds);
export const SessionStatus = Type.Enum(sessionStatuses);
export const AgendaItemKind = Type.Enum(agendaItemKinds);
export type SessionKind = Static<typeof SessionKind>;
export type SessionStatus = Static<typeof SessionStatus>;
export type AgendaItemKind = Static<typeof AgendaItemKind>;

export const SessionIdParams = Type.Object({ id: Uuid });

/** If-Match on every change of a session or its agenda (missing → 428, stale → 412). */
export const SessionIfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'the ETag from the last read; stale → 412, missing → 428' })),
});

/** Something the caller should know that does not stop the change, e.g. an overlapping session. */
export const SessionWarning = Type.Object({
  code: Type.Enum(['overlap'] as const),
  message: Type.String(),
  sessionId: Type.Optional(Uuid),
});
export type SessionWarning = Static<typeof SessionWarning>;

const BodyRef = Type.Object({ id: Uuid, name: Type.String(), slug: Type.String() });

export const SessionSummary = Type.Object({
  id: Uuid,
  body: BodyRef,
  kind: SessionKind,
  number: Type.Integer(),
  title: Nullable(Type.String()),
  status: SessionStatus,
  startsAt: Nullable(DateTime),
  endsAt: Nullable(DateTime),
  deadlineAt: Nullable(DateTime),
  timeZone: Type.String({ description: 'the IANA time zone the session is shown in' }),
  place: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
});
export type SessionSummary = Static<typeof SessionSummary>;

export const SessionListQuery = Type.Object({
  when: Type.Optional(Type.Enum(['upcoming', 'past', 'all'] as const, { description: 'a body’s list: all by default; your own list: upcoming by default' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
export type SessionListQuery = Static<typeof SessionListQuery>;
export const SessionList = Type.Object({
  items: Type.Array(SessionSummary),
  total: Type.Integer(),
  /** whether the caller may create sessions of this body */
  canCreate: Type.Boolean(),
});
export type SessionList = Static<typeof SessionList>;

const NamedRef = Type.Object({ id: Uuid, name: Type.String() });

export const AgendaItem = Type.Object({
  id: Uuid,
  parentId: Nullable(Uuid),
  /** 1, 2, 2.1 — derived from position and parent */
  number: Type.String(),
  kind: AgendaItemKind,
  /** null when the item is closed and the caller is not a member of the body */
  title: Nullable(Type.String()),
  isPublic: Type.Boolean(),
  rapporteurPerson: Nullable(NamedRef),
  rapporteurOrganization: Nullable(NamedRef),
  estimatedMinutes: Nullable(Type.Integer()),
  /** sanitised rich text; null when hidden from the caller */
  proposedResolution: Nullable(Type.String()),
  withdrawn: Type.Boolean(),
  /** added after the materials deadline; stays marked once approved */
  late: Type.Boolean(),
  lateApproval: LateApproval,
  /** empty when the caller may not see the item's materials */
  materials: Type.Array(Material),
  etag: ETag,
});
export type AgendaItem = Static<typeof AgendaItem>;

export const AgendaChange = Type.Object({
  agendaItemId: Uuid,
  change: Type.Enum(['added', 'withdrawn', 'moved'] as const),
  fromNumber: Nullable(Type.String()),
  toNumber: Nullable(Type.String()),
  /** the item's title, null when the caller may not see it */
  title: Nullable(Type.String()),
  occurredAt: DateTime,
});
export type AgendaChange = Static<typeof AgendaChange>;

export const Agenda = Type.Object({
  etag: ETag,
  items: Type.Array(AgendaItem),
  /** changes made after the session was convened, oldest first */
  changes: Type.Array(AgendaChange),
});
export type Agenda = Static<typeof Agenda>;

export const SessionDetail = Type.Object({
  ...SessionSummary.properties,
  notes: Nullable(Type.String()),
  statusReason: Nullable(Type.String()),
  convenedAt: Nullable(DateTime),
  startedAt: Nullable(DateTime),
  closedAt: Nullable(DateTime),
  agenda: Agenda,
  /** the submission deadline for materials (body rules); null when none applies */
  materialsDeadline: Nullable(DateTime),
  abilities: Type.Object({ manage: Type.Boolean(), readClosed: Type.Boolean(), approveLate: Type.Boolean() }),
  warnings: Type.Array(SessionWarning),
  etag: ETag,
});
export type SessionDetail = Static<typeof SessionDetail>;

const Text = (max: number) => Type.String({ maxLength: max });
const sessionFields = {
  title: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 300 }))),
  startsAt: Type.Optional(Nullable(DateTime)),
  endsAt: Type.Optional(Nullable(DateTime)),
  deadlineAt: Type.Optional(Nullable(DateTime)),
  place: Type.Optional(Nullable(Text(300))),
  onlineUrl: Type.Optional(Nullable(WebUrl)),
  notes: Type.Optional(Nullable(Text(5000))),
};

export const SessionInput = Type.Object({ kind: SessionKind, ...sessionFields }, { additionalProperties: false });
export type SessionInput = Static<typeof SessionInput>;
export const SessionPatch = Type.Object(sessionFields, { additionalProperties: false });
export type SessionPatch = Static<typeof SessionPatch>;

export const SessionTransition = Type.Object(
  {
    to: Type.Enum(['convened', 'in_progress', 'closed', 'cancelled', 'postponed'] as const),
    reason: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type SessionTransition = Static<typeof SessionTransition>;

const itemFields = {
  kind: AgendaItemKind,
  title: Type.String({ minLength: 1, maxLength: 500 }),
  rapporteurPersonId: Type.Optional(Nullable(Uuid)),
  rapporteurOrganizationId: Type.Optional(Nullable(Uuid)),
  estimatedMinutes: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1440 }))),
  isPublic: Type.Optional(Type.Boolean()),
  proposedResolution: Type.Optional(Nullable(Type.String({ maxLength: 100_000 }))),
};

export const AgendaItemInput = Type.Object(
  { ...itemFields, parentId: Type.Optional(Nullable(Uuid)) },
  { additionalProperties: false },
);
export type AgendaItemInput = Static<typeof AgendaItemInput>;
export const AgendaItemPatch = Type.Partial(Type.Object(itemFields), { additionalProperties: false });
export type AgendaItemPatch = Static<typeof AgendaItemPatch>;

/** The whole agenda in its new order: every item once, sub-items naming their parent. */
export const AgendaOrder = Type.Object(
  {
    items: Type.Array(Type.Object({ id: Uuid, parentId: Nullable(Uuid) }, { additionalProperties: false }), {
      maxItems: 500,
    }),
  },
  { additionalProperties: false },
);
export type AgendaOrder = Static<typeof AgendaOrder>;
