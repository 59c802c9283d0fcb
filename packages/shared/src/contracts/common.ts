import { Type, type Static } from 'typebox';

export const Uuid = Type.String({ format: 'uuid' });

/** RFC 9457 problem details, the body of every error response. */
export const Problem = Type.Object(
  {
    type: Type.String({ description: 'URI naming the kind of problem' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String({ description: 'what went wrong, for a person to read' }),
    code: Type.String({ description: 'stable machine-readable error code' }),
    field: Type.Optional(Type.String({ description: 'the offending input field' })),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    instance: Type.Optional(Type.String({ description: 'request id, quote it when reporting a problem' })),
  },
  { $id: 'Problem', additionalProperties: true },
);
export type Problem = Static<typeof Problem>;

export const Ok = Type.Object({ ok: Type.Literal(true) });

export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
