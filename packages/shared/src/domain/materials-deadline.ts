/** Kinds of documents; later issues send documents between bodies, so they stay general. */
export const documentKinds = ['material', 'report', 'opinion', 'proposal', 'draft_act', 'other'] as const;

export type LateDecision = 'approved' | 'refused';
/** What a late item or material waits for, or what the chair decided; null when it is not late. */
export type LateApproval = 'pending' | LateDecision | null;

const DAY_MS = 86_400_000;

/**
 * The submission deadline for a session's materials: the body's `materialsDeadlineDays` before the
 * meeting starts, or, for a correspondence session, before its answers are due (members need the same
 * time to read before they answer). Extraordinary sessions are called at short notice and have none;
 * nor has a session without a date or a body without the rule.
 */
export function materialsDeadline(
  session: { kind: string; startsAt: Date | null; deadlineAt: Date | null },
  deadlineDays: number | null | undefined,
): Date | null {
  if (deadlineDays === null || deadlineDays === undefined || session.kind === 'extraordinary') return null;
  const due = session.kind === 'correspondence' ? session.deadlineAt : session.startsAt;
  return due ? new Date(due.getTime() - deadlineDays * DAY_MS) : null;
}

/** Something added at `addedAt` is late when the deadline has passed by then. */
export const isLate = (deadline: Date | null, addedAt: Date): boolean => deadline !== null && addedAt > deadline;

export function lateApprovalOf(row: { late: boolean; lateDecision: string | null }): LateApproval {
  if (!row.late) return null;
  return (row.lateDecision as LateDecision | null) ?? 'pending';
}

/**
 * Whether a late item or material shows as part of the agenda: once approved, to everybody who may see
 * it; while it waits (or after a refusal) only to those who manage the session or decide on it.
 */
export const showsLate = (row: { late: boolean; lateDecision: string | null }, seesPending: boolean): boolean =>
  !row.late || row.lateDecision === 'approved' || seesPending;
