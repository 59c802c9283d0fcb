import type { SessionKind } from '@collegium/shared/contracts/sessions';

const englishSuffixes: Record<Intl.LDMLPluralRule, string> = { zero: 'th', one: 'st', two: 'nd', few: 'rd', many: 'th', other: 'th' };
const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });

/**
 * The ordinal of a session number as the language writes it: "5th" in English (the suffix chosen by
 * the ordinal plural rules), "5." in Slovenian, Serbian and Montenegrin, "5η" in Greek (η agrees with
 * the feminine συνεδρίαση).
 */
export function sessionOrdinal(number: number, language: string): string {
  if (language === 'en') return `${number}${englishSuffixes[englishOrdinals.select(number)]}`;
  if (language === 'el') return `${number}η`;
  return `${number}.`;
}

/** The translated name pattern of a kind, e.g. "{{ordinal}} regular session", filled in. */
export type KindName = (kind: SessionKind, ordinal: string) => string;

/** "5th regular session" in the interface language; the title, when there is one, follows after a dash. */
export function sessionName(
  kindName: KindName,
  language: string,
  session: { kind: SessionKind; number: number; title?: string | null },
  options: { withTitle?: boolean } = {},
): string {
  const name = kindName(session.kind, sessionOrdinal(session.number, language));
  return options.withTitle && session.title ? `${name} – ${session.title}` : name;
}
