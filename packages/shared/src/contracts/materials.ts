import { Type, type Static, type TSchema } from 'typebox';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Where a late item or material stands: null when it is not late. */
export const LateApproval = Nullable(Type.Enum(['pending', 'approved', 'refused'] as const));

/** A material of an agenda item: its document at the latest version. */
export const Material = Type.Object({
  id: Uuid,
  documentId: Uuid,
  title: Type.String(),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer({ description: 'bytes' }),
  version: Type.Integer({ minimum: 1 }),
  /** added after the submission deadline; stays marked once approved */
  late: Type.Boolean(),
  /** true unless a late material waits for (or was refused) the chair's approval */
  approved: Type.Boolean(),
  lateApproval: LateApproval,
  downloadUrl: Type.String(),
});
export type Material = Static<typeof Material>;

export const MaterialParams = Type.Object({ materialId: Uuid });
export const AgendaItemParams = Type.Object({ id: Uuid });

export const AttachDocumentInput = Type.Object(
  { documentId: Uuid },
  { additionalProperties: false },
);
export type AttachDocumentInput = Static<typeof AttachDocumentInput>;

export const LateDecisionInput = Type.Object(
  { decision: Type.Enum(['approve', 'refuse'] as const) },
  { additionalProperties: false },
);
export type LateDecisionInput = Static<typeof LateDecisionInput>;

/** What an upload created: the new materials, in the order the files were sent. */
export const UploadedMaterials = Type.Object({ materials: Type.Array(Material) });
export type UploadedMaterials = Static<typeof UploadedMaterials>;
