/** Correspondence sessions' answers, English. The other languages mirror these keys (checked by resources.test.ts). */
export const correspondenceEn = {
  heading: "Answers by correspondence",
  rules:
    "Each item closes at its own deadline, {{min}} to {{max}} hours after convening. Requests from members that withdraw an item and carry it to the next regular session: {{n}}.",
  noItems: "The agenda has no items yet.",
  forInformation: "For information: not voted on.",
  deadline: "Answers by {{when}}.",
  deadlineField: "Deadline for “{{title}}”",
  ownDeadline: "Its own deadline: {{when}}.",
  sessionDeadline: "Follows the session’s deadline: {{when}}.",
  saveDeadline: "Save the deadline",
  followSession: "Follow the session’s deadline",
  progress: "{{voted}} of {{electors}} members have voted.",
  result: {
    adopted: "Adopted.",
    rejected: "Rejected.",
    void: "Void: too few members answered.",
    counts: "For {{for}}, against {{against}}, abstained {{abstain}}.",
    annulled: "The vote was annulled: {{reason}}",
  },
  withdrawn: "Withdrawn at the members’ request ({{n}}).",
  carried: "It is on the agenda of the next regular session.",
  carryPending:
    "It will go on the agenda of the next regular session once that is planned.",
  requests: "Requests to withdraw the item: {{n}} of {{threshold}}.",
  requestWithReason: "{{name}}: {{reason}}",
  positions: {
    heading: "Written positions",
    label: "Your position on “{{title}}”",
    save: "Save my position",
    delete: "Delete my position",
  },
  conflict: {
    reason: "Your conflict of interest on “{{title}}”",
    hint: "Declare it before voting: you then neither vote on the item nor count in its majority.",
    declare: "Declare a conflict of interest",
    heading: "Conflicts of interest declared",
    entry: "{{name}}: {{reason}}",
  },
  withdrawal: {
    reason: "Why should “{{title}}” be withdrawn? (optional)",
    ask: "Ask to withdraw the item",
    takeBack: "Take back my request to withdraw",
  },
  options: {
    for: "for",
    against: "against",
    abstain: "abstain",
    choice: "a choice",
  },
  mine: {
    conflict:
      "You declared a conflict of interest ({{reason}}) and do not vote on this item.",
    heading: "Your answers",
    voted: "You voted {{option}}.",
    notVoted: "You have not voted.",
    position: "You wrote a position.",
    asked: "You asked for the item to be withdrawn.",
  },
  rulesFields: {
    legend: "Correspondence sessions",
    minHours: "Shortest time to answer (hours)",
    maxHours: "Longest time to answer (hours)",
    threshold: "Requests that withdraw an item",
    reminders: "Reminders, hours before each deadline (comma-separated)",
    remindersHelp:
      "Members who have neither voted nor asked for a withdrawal are reminded. Leave empty for 24 and 2.",
  },
  rulesSentence:
    "Correspondence: {{min}} to {{max}} hours to answer; {{threshold}} requests withdraw an item; reminders {{reminders}} hours before each deadline.",
};
