import type { SupportedLocale } from '@collegium/shared/contracts/auth';

export interface Language {
  readonly code: SupportedLocale;
  /** the language's name in itself, as a language picker shows it */
  readonly autonym: string;
  /** the tag Intl uses for dates, numbers and sorting */
  readonly intl: string;
}

export const languages: readonly Language[] = [
  { code: 'en', autonym: 'English', intl: 'en-GB' },
  { code: 'sl', autonym: 'Slovenščina', intl: 'sl' },
  { code: 'sr-Latn', autonym: 'Srpski (latinica)', intl: 'sr-Latn' },
  { code: 'sr-Cyrl', autonym: 'Српски (ћирилица)', intl: 'sr-Cyrl' },
  { code: 'cnr', autonym: 'Crnogorski', intl: 'sr-Latn-ME' },
  { code: 'el', autonym: 'Ελληνικά', intl: 'el' },
];

export const defaultLocale: SupportedLocale = 'en';

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return languages.some((l) => l.code === value);
}

export function intlLocale(code: string): string {
  return languages.find((l) => l.code === code)?.intl ?? 'en-GB';
}
