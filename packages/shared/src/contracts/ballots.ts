import { Type, type Static, type TSchema } from 'typebox';

/**
 * Casting votes. Every cast carries an idempotency key chosen by the voter's device: sending the same cast
 * again (after a lost answer, a reconnect, a restart) answers the first acknowledgement and counts nothing
 * twice. In a secret poll the device also makes the receipt — 32 random bytes, base64url — and keeps it:
 * the server stores only its SHA-256, next to the anonymous ballot. The receipt proves the ballot counted
 * and lets its holder change the vote until the poll closes.
 */
const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const IDEMPOTENCY_KEY_PATTERN = '^[A-Za-z0-9_-]{8,100}$';
export const RECEIPT_PATTERN = '^[A-Za-z0-9_-]{43}$';

export const IdempotencyKey = Type.String({ pattern: IDEMPOTENCY_KEY_PATTERN, description: '8–100 letters, digits, - or _; one per intended cast' });
export const Receipt = Type.String({ pattern: RECEIPT_PATTERN, description: '32 random bytes in base64url, made and kept by the voter’s device' });

export const CastInput = Type.Object(
  {
    optionId: Uuid,
    /** the seat to vote for, when the caller holds more than their own (a substitute's or a proxy's) */
    onBehalfOfPersonId: Type.Optional(Uuid),
    /** secret polls only */
    receipt: Type.Optional(Receipt),
  },
  { additionalProperties: false },
);
export type CastInput = Static<typeof CastInput>;

export const CastAck = Type.Object({
  pollId: Uuid,
  /** the seat the vote was cast for */
  personId: Uuid,
  acknowledgedAt: DateTime,
  /** this key was acknowledged before: nothing new was recorded */
  replayed: Type.Boolean(),
  /** the seat had voted before and this cast changed its vote */
  changed: Type.Boolean(),
});
export type CastAck = Static<typeof CastAck>;

export const CastHeaders = Type.Object({ 'idempotency-key': IdempotencyKey });

export const ReceiptList = Type.Object({
  pollId: Uuid,
  /** every ballot of a closed secret poll: the hash of its receipt and its option, in no particular order */
  items: Type.Array(Type.Object({ receiptHash: Type.String(), optionId: Uuid })),
});
export type ReceiptList = Static<typeof ReceiptList>;

export const ReceiptCheckInput = Type.Object({ receipt: Receipt }, { additionalProperties: false });
export const ReceiptCheck = Type.Object({ counted: Type.Boolean(), optionId: Nullable(Uuid) });
export type ReceiptCheck = Static<typeof ReceiptCheck>;
