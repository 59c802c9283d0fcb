/** The before/after picture of a patch for the audit trail: only the fields the patch changes. */
export function changeSummary<T extends object>(
  before: T,
  patch: Partial<Record<keyof T, unknown>>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const old: Record<string, unknown> = {};
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const previous = (before as Record<string, unknown>)[key];
    if (value === undefined || JSON.stringify(previous) === JSON.stringify(value)) continue;
    old[key] = previous ?? null;
    changed[key] = value;
  }
  return { before: old, after: changed };
}
