import type { SupportedLocale } from '@collegium/shared/contracts/auth';
import { cnr } from './locales/cnr';
import { el } from './locales/el';
import { en } from './locales/en';
import { sl } from './locales/sl';
import { srLatn } from './locales/sr-latn';
import { transliterateTree, type MessageTree } from './transliterate';

/** Serbian Cyrillic is never written by hand: it is the Latin translation, transliterated. */
export const messages: Readonly<Record<SupportedLocale, MessageTree>> = {
  en,
  sl,
  'sr-Latn': srLatn,
  'sr-Cyrl': transliterateTree(srLatn),
  cnr,
  el,
};
