import type { SupportedLocale } from '@collegium/shared/contracts/auth';
import { cnrOverrides } from './locales/cnr';
import { el } from './locales/el';
import { en } from './locales/en';
import { sl } from './locales/sl';
import { srLatn } from './locales/sr-latn';
import { transliterateTree, type MessageTree } from './transliterate';

/** A translation that differs from `base` only where `overrides` says so. */
export function overlayTree(base: MessageTree, overrides: MessageTree): MessageTree {
  const out: Record<string, string | MessageTree> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const under = base[key];
    out[key] = typeof value === 'object' && typeof under === 'object' ? overlayTree(under, value) : value;
  }
  return out;
}

/**
 * Serbian Cyrillic is never written by hand: it is the Latin translation, transliterated. Montenegrin
 * shares most of its text with Serbian Latin and keeps only its own (ijekavian) strings.
 */
export const messages: Readonly<Record<SupportedLocale, MessageTree>> = {
  en,
  sl,
  'sr-Latn': srLatn,
  'sr-Cyrl': transliterateTree(srLatn),
  cnr: overlayTree(srLatn, cnrOverrides),
  el,
};
