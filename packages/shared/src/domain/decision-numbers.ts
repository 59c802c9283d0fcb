/**
 * How a body numbers its decisions: a pattern of literal text and tokens, e.g. "{body}-{year}/{session}-{n}"
 * gives "CC-2026/4-12". {n} is the running number per body and calendar year.
 */
export const decisionNumberTokens = ['body', 'year', 'session', 'item', 'n'] as const;
export type DecisionNumberToken = (typeof decisionNumberTokens)[number];

export const DEFAULT_DECISION_NUMBER_FORMAT = '{body}-{year}/{session}-{n}';

/** The pattern a format must match: literal text without braces, and known tokens in braces. */
export const DECISION_NUMBER_FORMAT_PATTERN = '^(?:[^{}]|\\{(?:body|year|session|item|n)\\})+$';

/** The first token a format uses that is not one of ours, or null when it is well formed. */
export function unknownDecisionNumberToken(format: string): string | null {
  for (const match of format.matchAll(/\{([^{}]*)\}/g)) {
    if (!(decisionNumberTokens as readonly string[]).includes(match[1]!)) return match[0];
  }
  if (/[{}]/.test(format.replace(/\{[^{}]*\}/g, ''))) return format.match(/[{}]/)![0];
  return null;
}

export function formatDecisionNumber(format: string, values: Record<DecisionNumberToken, string | number>): string {
  return format.replace(/\{(body|year|session|item|n)\}/g, (_, token: DecisionNumberToken) => String(values[token]));
}
