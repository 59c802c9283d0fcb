import { Type, type Static, type TSchema } from 'typebox';
import { SessionKind, SessionStatus } from './sessions.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time', description: 'an instant in ISO 8601, stored in UTC' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const invitationRoles = ['member', 'substitute', 'guest'] as const;
export const invitationAnswers = ['attend', 'excused', 'substitute'] as const;
export const invitationMailStates = ['none', 'pending', 'sent', 'failed'] as const;

export const InvitationRole = Type.Enum(invitationRoles);
export const InvitationAnswer = Type.Enum(invitationAnswers, {
  description: 'attend: will attend; excused: will not come; substitute: sends the substitute named in the membership',
});
export const InvitationMailState = Type.Enum(invitationMailStates, {
  description: 'none: not mailed yet (a draft session); pending: queued or being retried; sent; failed',
});
export type InvitationRole = Static<typeof InvitationRole>;
export type InvitationAnswer = Static<typeof InvitationAnswer>;
export type InvitationMailState = Static<typeof InvitationMailState>;

const PersonRef = Type.Object({ id: Uuid, name: Type.String() });

export const InvitationIdParams = Type.Object({ id: Uuid });
export const SessionInvitationParams = Type.Object({ id: Uuid, invitationId: Uuid });

/** One invitee as the body's managers see them. */
export const Invitee = Type.Object({
  id: Uuid,
  person: PersonRef,
  role: InvitationRole,
  answer: Nullable(InvitationAnswer),
  answerNote: Nullable(Type.String()),
  answeredAt: Nullable(DateTime),
  /** the substitute this invitee sends (answer 'substitute') */
  sentSubstitute: Nullable(PersonRef),
  mailStatus: InvitationMailState,
  mailedAt: Nullable(DateTime),
  mailError: Nullable(Type.String()),
});
export type Invitee = Static<typeof Invitee>;

export const InviteeList = Type.Object({
  items: Type.Array(Invitee),
  /** the session is convened: invitations have gone out and changes are mailed */
  mailed: Type.Boolean(),
});
export type InviteeList = Static<typeof InviteeList>;

export const GuestInput = Type.Object({ personId: Uuid }, { additionalProperties: false });
export type GuestInput = Static<typeof GuestInput>;

export const AnswerInput = Type.Object(
  {
    answer: InvitationAnswer,
    note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  },
  { additionalProperties: false },
);
export type AnswerInput = Static<typeof AnswerInput>;

/** The caller's own invitation to a session, with what they may still do with it. */
export const OwnInvitation = Type.Object({
  id: Uuid,
  role: InvitationRole,
  answer: Nullable(InvitationAnswer),
  answerNote: Nullable(Type.String()),
  answeredAt: Nullable(DateTime),
  sentSubstitute: Nullable(PersonRef),
  /** the substitute named in the invitee's membership, whom they may send; null when none is named */
  namedSubstitute: Nullable(PersonRef),
  /** answers are taken while the session is convened and has not started */
  canAnswer: Type.Boolean(),
});
export type OwnInvitation = Static<typeof OwnInvitation>;

export const MyInvitation = Type.Object({ invitation: Nullable(OwnInvitation) });
export type MyInvitation = Static<typeof MyInvitation>;

/** The answer link of an invitation mail: the token answers that one invitation, and signs nobody in. */
export const AnswerToken = Type.Object({ token: Type.String({ minLength: 20, maxLength: 200 }) }, { additionalProperties: false });
export type AnswerToken = Static<typeof AnswerToken>;
export const TokenAnswerInput = Type.Object(
  { token: AnswerToken.properties.token, answer: InvitationAnswer, note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))) },
  { additionalProperties: false },
);
export type TokenAnswerInput = Static<typeof TokenAnswerInput>;

/** What the answer page shows for a token: the session and the invitee's answer. */
export const TokenInvitation = Type.Object({
  invitee: Type.String({ description: 'the invited person’s name' }),
  session: Type.Object({
    id: Uuid,
    bodyName: Type.String(),
    kind: SessionKind,
    number: Type.Integer(),
    title: Nullable(Type.String()),
    status: SessionStatus,
    startsAt: Nullable(DateTime),
    deadlineAt: Nullable(DateTime),
    timeZone: Type.String(),
    place: Nullable(Type.String()),
  }),
  invitation: OwnInvitation,
});
export type TokenInvitation = Static<typeof TokenInvitation>;
