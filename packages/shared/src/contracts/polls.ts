import { Type, type Static, type TSchema } from 'typebox';

/**
 * Polls: questions put to the vote on an agenda item (or on the agenda itself). A poll is drafted, opened
 * (the electors are fixed then), voted on, and closed — its result computed by the majority rule it was
 * made with and written into the item's outcome. Live clients follow `session:<id>`.
 */
const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time', description: 'an instant in ISO 8601, stored in UTC' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const pollSubjects = ['resolution', 'amendment', 'agenda', 'minutes', 'other'] as const;
export type PollSubject = (typeof pollSubjects)[number];
/** hands_*: counted by the secretary (totals, or who raised a hand for what); named and secret: cast on devices */
export const pollMethods = ['hands_totals', 'hands_named', 'named', 'secret'] as const;
export type PollMethod = (typeof pollMethods)[number];
export const pollKinds = ['yes_no', 'choice'] as const;
export type PollKind = (typeof pollKinds)[number];
export const pollStatuses = ['draft', 'open', 'closed', 'annulled'] as const;
export type PollStatus = (typeof pollStatuses)[number];
export const pollOptionRoles = ['for', 'against', 'abstain', 'choice'] as const;
export type PollOptionRole = (typeof pollOptionRoles)[number];
export const pollMajorityRules = ['simple', 'absolute', 'two_thirds_present', 'two_thirds_members', 'consensus'] as const;
export type PollMajorityRule = (typeof pollMajorityRules)[number];
export const abstentionRules = ['ignored', 'counted'] as const;
export type AbstentionRule = (typeof abstentionRules)[number];
export const tieBreakRules = ['rejected', 'chair_decides'] as const;
export type TieBreakRule = (typeof tieBreakRules)[number];
export const electorBases = ['member', 'substitute', 'proxy'] as const;
export type ElectorBasis = (typeof electorBases)[number];

/** The events polls publish on `session:<id>`. */
export const pollEventKinds = ['poll.changed', 'poll.opened', 'poll.count', 'poll.closed'] as const;

export const MAX_POLL_OPTIONS = 20;

export const PollParams = Type.Object({ id: Uuid });
export const SessionPollsParams = Type.Object({ id: Uuid });

export const PollOption = Type.Object({
  id: Uuid,
  role: Type.Enum(pollOptionRoles),
  /** the label of a choice; for for/against/abstain the interface labels the role in the reader's language */
  label: Type.String(),
  position: Type.Integer(),
});
export type PollOption = Static<typeof PollOption>;

export const PollCount = Type.Object({
  optionId: Uuid,
  /** votes, by weight where the poll is weighted */
  votes: Type.Integer(),
  /** how many seats voted for it */
  voters: Type.Integer(),
});

export const PollQuorum = Type.Object({
  base: Type.Integer(),
  needed: Type.Integer(),
  present: Type.Integer(),
  met: Type.Boolean(),
});

export const PollResult = Type.Object({
  counts: Type.Array(PollCount),
  /** votes cast (by weight), abstentions included */
  cast: Type.Integer(),
  /** votes the rule counts: cast, without abstentions when they are ignored */
  counted: Type.Integer(),
  /** what the majority is measured against: votes counted, present electors or all members */
  base: Type.Integer(),
  /** votes the winning option needed */
  needed: Type.Integer(),
  passed: Type.Boolean(),
  /** the option that carried (for a yes/no poll: "for" when passed); null when none did */
  winnerOptionId: Nullable(Uuid),
  tie: Type.Boolean(),
  decidedByChair: Type.Boolean(),
  /** the quorum when the poll closed */
  quorum: PollQuorum,
  /** the quorum was not met when it closed: the poll decided nothing */
  void: Type.Boolean(),
  /** named methods only: who voted how */
  namedVotes: Type.Optional(Type.Array(Type.Object({ personId: Uuid, name: Type.String(), optionId: Uuid, weight: Type.Integer() }))),
});
export type PollResult = Static<typeof PollResult>;

export const PollSeat = Type.Object({
  /** the member whose vote it is */
  personId: Uuid,
  name: Type.String(),
  basis: Type.Enum(electorBases),
  voted: Type.Boolean(),
  /** named methods: the option this seat voted for */
  optionId: Nullable(Uuid),
});
export type PollSeat = Static<typeof PollSeat>;

export const Poll = Type.Object({
  id: Uuid,
  sessionId: Uuid,
  agendaItemId: Nullable(Uuid),
  subject: Type.Enum(pollSubjects),
  title: Type.String(),
  method: Type.Enum(pollMethods),
  kind: Type.Enum(pollKinds),
  majorityRule: Type.Enum(pollMajorityRules),
  abstentions: Type.Enum(abstentionRules),
  tieBreak: Type.Enum(tieBreakRules),
  weighted: Type.Boolean(),
  appliesOutcome: Type.Boolean(),
  status: Type.Enum(pollStatuses),
  closesAt: Nullable(DateTime),
  openedAt: Nullable(DateTime),
  closedAt: Nullable(DateTime),
  options: Type.Array(PollOption),
  /** seats that have voted */
  voted: Type.Integer(),
  /** seats that may vote (fixed when the poll opened; 0 before) */
  electors: Type.Integer(),
  result: Nullable(PollResult),
  quorumAtOpen: Nullable(PollQuorum),
  annulledReason: Nullable(Type.String()),
  annulledAt: Nullable(DateTime),
  repeatOfPollId: Nullable(Uuid),
  etag: Type.String(),
  me: Type.Object({
    /** the seats the caller may cast a vote for in this poll: their own, one they substitute for, a proxy they hold */
    seats: Type.Array(PollSeat),
  }),
  abilities: Type.Object({
    /** run the poll: edit, open, close, record hands, annul (the body's chair, secretary or coordinator) */
    manage: Type.Boolean(),
  }),
});
export type Poll = Static<typeof Poll>;

export const PollList = Type.Object({ items: Type.Array(Poll) });
export type PollList = Static<typeof PollList>;

const Title = Type.String({ minLength: 1, maxLength: 500 });
const ChoiceLabels = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 2, maxItems: MAX_POLL_OPTIONS });

export const PollInput = Type.Object(
  {
    /** the item voted on; omit only for a vote on the agenda itself (subject agenda) or another question */
    agendaItemId: Type.Optional(Nullable(Uuid)),
    subject: Type.Optional(Type.Enum(pollSubjects)),
    title: Title,
    method: Type.Enum(pollMethods),
    kind: Type.Optional(Type.Enum(pollKinds)),
    /** choice polls: the options, in order */
    options: Type.Optional(ChoiceLabels),
    /** defaults: the body's rules of procedure */
    majorityRule: Type.Optional(Type.Enum(pollMajorityRules)),
    abstentions: Type.Optional(Type.Enum(abstentionRules)),
    tieBreak: Type.Optional(Type.Enum(tieBreakRules)),
    /** write the result into the item's outcome when the poll closes (default: for resolutions) */
    appliesOutcome: Type.Optional(Type.Boolean()),
    /** the poll closes itself then (correspondence sessions) */
    closesAt: Type.Optional(Nullable(DateTime)),
  },
  { additionalProperties: false },
);
export type PollInput = Static<typeof PollInput>;

export const PollPatch = Type.Partial(Type.Omit(PollInput, ['agendaItemId']), { additionalProperties: false });
export type PollPatch = Static<typeof PollPatch>;

export const PollCloseInput = Type.Object(
  {
    /** hands_totals: the votes counted for each option */
    counts: Type.Optional(Type.Array(Type.Object({ optionId: Uuid, votes: Type.Integer({ minimum: 0 }) }), { maxItems: MAX_POLL_OPTIONS })),
    /** a tie under "the chair decides", on a poll where the chair's own vote is not on record: the chair's choice */
    chairOptionId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type PollCloseInput = Static<typeof PollCloseInput>;

export const HandVotesInput = Type.Object(
  { votes: Type.Array(Type.Object({ personId: Uuid, optionId: Nullable(Uuid) }), { minItems: 1, maxItems: 1000 }) },
  { additionalProperties: false },
);
export type HandVotesInput = Static<typeof HandVotesInput>;

export const PollAnnulInput = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
    /** make a new draft of the same question to vote again */
    repeat: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type PollAnnulInput = Static<typeof PollAnnulInput>;

export const PollAnnulResult = Type.Object({ poll: Poll, repeat: Nullable(Poll) });
export type PollAnnulResult = Static<typeof PollAnnulResult>;

export const ProxyDelegation = Type.Object({
  id: Uuid,
  sessionId: Uuid,
  from: Type.Object({ personId: Uuid, name: Type.String() }),
  to: Type.Object({ personId: Uuid, name: Type.String() }),
  createdAt: DateTime,
  revokedAt: Nullable(DateTime),
});
export type ProxyDelegation = Static<typeof ProxyDelegation>;

export const ProxyList = Type.Object({
  items: Type.Array(ProxyDelegation),
  /** the body's rules allow proxies */
  allowed: Type.Boolean(),
  /** the caller's own person in the directory, if their account is linked to one */
  myPersonId: Nullable(Uuid),
});
export type ProxyList = Static<typeof ProxyList>;

export const ProxyInput = Type.Object(
  {
    /** the member entrusting their vote; omit for oneself */
    fromPersonId: Type.Optional(Uuid),
    toPersonId: Uuid,
  },
  { additionalProperties: false },
);
export type ProxyInput = Static<typeof ProxyInput>;
export const ProxyParams = Type.Object({ id: Uuid });

/** A seat of an opened poll as its managers see it (to record a named show of hands, or to follow who voted). */
export const PollElector = Type.Object({
  /** the member whose vote it is */
  personId: Uuid,
  name: Type.String(),
  basis: Type.Enum(electorBases),
  /** who casts it: the member, the substitute sitting for them, or the member holding their proxy */
  voter: Type.Object({ personId: Uuid, name: Type.String() }),
  weight: Type.Integer(),
  voted: Type.Boolean(),
  /** a named show of hands only: the option recorded for this seat (never for votes cast on devices) */
  optionId: Nullable(Uuid),
});
export type PollElector = Static<typeof PollElector>;
export const PollElectorList = Type.Object({ items: Type.Array(PollElector) });
export type PollElectorList = Static<typeof PollElectorList>;
