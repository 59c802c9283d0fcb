import { Type, type Static, type TSchema } from 'typebox';

/**
 * The register of decisions: every resolution adopted on a decision or consent item, numbered by the
 * body's scheme and followed to completion. `overdue` is derived: the deadline has passed and the decision
 * is neither done nor cancelled.
 */
const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time', description: 'an instant in ISO 8601, stored in UTC' });
const Day = Type.String({ format: 'date', description: 'a calendar day, YYYY-MM-DD' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Ref = Type.Object({ id: Uuid, name: Type.String() });

export const decisionStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];
/** statuses a filter may ask for: the stored ones and the derived "overdue" */
export const decisionStatusFilters = [...decisionStatuses, 'overdue'] as const;
export const decisionSorts = ['adopted', '-adopted', 'deadline', '-deadline', 'number', '-number'] as const;

export const Decision = Type.Object({
  id: Uuid,
  number: Type.String(),
  title: Type.String(),
  /** the resolution as adopted (sanitised rich text) */
  text: Type.String(),
  body: Type.Object({ id: Uuid, name: Type.String(), shortName: Nullable(Type.String()) }),
  session: Type.Object({ id: Uuid, number: Type.Integer(), kind: Type.String() }),
  agendaItemId: Uuid,
  responsiblePerson: Nullable(Ref),
  responsibleOrganization: Nullable(Ref),
  deadline: Nullable(Day),
  status: Type.Enum(decisionStatuses),
  overdue: Type.Boolean(),
  adoptedAt: DateTime,
  updatedAt: DateTime,
  etag: Type.String(),
  canEdit: Type.Boolean(),
});
export type Decision = Static<typeof Decision>;

export const DecisionParams = Type.Object({ id: Uuid });
export const BodyDecisionParams = Type.Object({ id: Uuid });

export const DecisionListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    status: Type.Optional(Type.Enum(decisionStatusFilters)),
    bodyId: Type.Optional(Uuid),
    sessionId: Type.Optional(Uuid),
    responsibleOrganizationId: Type.Optional(Uuid),
    responsiblePersonId: Type.Optional(Uuid),
    deadlineFrom: Type.Optional(Day),
    deadlineTo: Type.Optional(Day),
    sort: Type.Optional(Type.Enum(decisionSorts)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type DecisionListQuery = Static<typeof DecisionListQuery>;

export const DecisionList = Type.Object({ total: Type.Integer(), items: Type.Array(Decision) });
export type DecisionList = Static<typeof DecisionList>;

export const DecisionPatch = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    responsiblePersonId: Type.Optional(Nullable(Uuid)),
    responsibleOrganizationId: Type.Optional(Nullable(Uuid)),
    deadline: Type.Optional(Nullable(Day)),
    status: Type.Optional(Type.Enum(decisionStatuses)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type DecisionPatch = Static<typeof DecisionPatch>;

const { limit: _limit, offset: _offset, ...filters } = DecisionListQuery.properties;
export const DecisionExportQuery = Type.Object(
  {
    ...filters,
    format: Type.Optional(Type.Enum(['csv', 'xlsx'] as const, { default: 'csv' })),
    delimiter: Type.Optional(Type.Enum([',', ';'] as const, { default: ',', description: 'CSV only; ";" suits Excel in Slovenian, Serbian and Greek' })),
  },
  { additionalProperties: false },
);
export type DecisionExportQuery = Static<typeof DecisionExportQuery>;
