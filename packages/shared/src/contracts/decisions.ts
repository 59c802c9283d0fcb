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

/** Statuses a progress report may set. */
export const reportStatusChanges = ['in_progress', 'done'] as const;

export const DecisionReportAttachment = Type.Object({
  documentId: Uuid,
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  /** download path (checked like reading the decision) */
  href: Type.String(),
});
export type DecisionReportAttachment = Static<typeof DecisionReportAttachment>;

export const DecisionReport = Type.Object({
  id: Uuid,
  /** sanitised rich text */
  text: Type.String(),
  statusChange: Nullable(Type.Enum(reportStatusChanges)),
  author: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  createdAt: DateTime,
  attachments: Type.Array(DecisionReportAttachment),
});
export type DecisionReport = Static<typeof DecisionReport>;

/** One decision with its progress reports, newest first, and whether the caller may report. */
export const DecisionDetail = Type.Object({
  ...Decision.properties,
  reports: Type.Array(DecisionReport),
  canReport: Type.Boolean(),
});
export type DecisionDetail = Static<typeof DecisionDetail>;

/**
 * A progress report: text, an optional status, and files uploaded before through POST /api/v1/files (by the
 * same user), each stored as a document of the decision's body.
 */
export const DecisionReportInput = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 20000 }),
    status: Type.Optional(Type.Enum(reportStatusChanges)),
    attachments: Type.Optional(
      Type.Array(
        Type.Object({ sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }), fileName: Type.String({ minLength: 1, maxLength: 255 }) }),
        { maxItems: 10 },
      ),
    ),
  },
  { additionalProperties: false },
);
export type DecisionReportInput = Static<typeof DecisionReportInput>;

export const DecisionAttachmentParams = Type.Object({ id: Uuid, reportId: Uuid, documentId: Uuid });

const OverdueGroup = Type.Object({ id: Uuid, name: Type.String(), count: Type.Integer() });
/** Overdue decisions the caller may see, counted per body and per responsible organisation. */
export const DecisionOverdueSummary = Type.Object({
  total: Type.Integer(),
  byBody: Type.Array(OverdueGroup),
  byOrganization: Type.Array(OverdueGroup),
  /** overdue decisions with no responsible organisation */
  withoutOrganization: Type.Integer(),
});
export type DecisionOverdueSummary = Static<typeof DecisionOverdueSummary>;
