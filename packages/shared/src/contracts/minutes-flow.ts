import { Type, type Static, type TSchema } from 'typebox';
import { MinutesComment, minutesStatuses } from './minutes.js';

/**
 * The minutes' way to approval: members' comments on the draft, the agenda item of a later (or
 * correspondence) session that approves a version, and corrections of approved minutes.
 */
const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const MinutesParams = Type.Object({ id: Uuid });
export const MinutesCommentParams = Type.Object({ id: Uuid, commentId: Uuid });

export const MinutesCommentList = Type.Object({
  items: Type.Array(MinutesComment),
  /** whether the caller may add a comment now (a member of the body, minutes not approved) */
  canComment: Type.Boolean(),
});
export type MinutesCommentList = Static<typeof MinutesCommentList>;

/** the later session (regular, extraordinary or a draft correspondence session) whose agenda is to approve the minutes */
export const MinutesApprovalInput = Type.Object({ sessionId: Uuid }, { additionalProperties: false });
export type MinutesApprovalInput = Static<typeof MinutesApprovalInput>;

/** where the minutes stand on their way to approval, after a step of it */
export const MinutesApprovalState = Type.Object({
  minutesId: Uuid,
  sessionId: Uuid,
  status: Type.Enum(minutesStatuses),
  version: Type.Integer(),
  approvedVersion: Nullable(Type.Integer()),
  approvedAt: Nullable(DateTime),
  approvalItem: Nullable(
    Type.Object({ sessionId: Uuid, sessionNumber: Type.Integer(), agendaItemId: Uuid, version: Type.Integer(), suggested: Type.Boolean() }),
  ),
});
export type MinutesApprovalState = Static<typeof MinutesApprovalState>;
