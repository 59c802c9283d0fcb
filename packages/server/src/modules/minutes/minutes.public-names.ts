import type { exportLanguages } from '@collegium/shared/contracts/minutes-export';
import { latinToCyrillic } from '@collegium/shared/i18n/transliterate';

export type PublicNamesLanguage = (typeof exportLanguages)[number];

/**
 * How the public minutes name someone who is not public in the directory: in a list of people, as the
 * substitute, and as the member a substitute sat for (after "substituting for").
 */
export interface PublicNames {
  member: string;
  substitute: string;
  seat: string;
}

const serbianLatin: PublicNames = { member: 'Član', substitute: 'Zamenik', seat: 'člana' };

const names: Readonly<Record<PublicNamesLanguage, PublicNames>> = {
  en: { member: 'A member', substitute: 'A substitute', seat: 'a member' },
  sl: { member: 'Član', substitute: 'Nadomestni član', seat: 'člana' },
  'sr-Latn': serbianLatin,
  'sr-Cyrl': { member: latinToCyrillic(serbianLatin.member), substitute: latinToCyrillic(serbianLatin.substitute), seat: latinToCyrillic(serbianLatin.seat) },
  cnr: { member: 'Član', substitute: 'Zamjenik', seat: 'člana' },
  el: { member: 'Μέλος', substitute: 'Αναπληρωτής', seat: 'μέλους' },
};

export const publicNamesIn = (language: PublicNamesLanguage): PublicNames => names[language];
